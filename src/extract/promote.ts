// Unknown capitalised names that fill a slot of a relation rule are companies
// too ("Contoso supplies Fabrikam" names two companies even if neither is known),
// once compromise agrees they are not people or places.
import type { RawMention, SentenceInfo } from './mention.js';
import type { CompanyEntity } from './companies.js';
import { normKey } from './companies.js';
import { isCommonWord, isVerbLike } from './lexicon.js';
import { isPersonOrPlace, ownsCompany, type Spans } from './people.js';
import { keyOf } from './tokens.js';

export const CANDIDATE_PREFIX = 'c:';

/** Gives every still-unresolved candidate a provisional key, so templates can use it as a slot. */
export function provisionalKeys(sentences: SentenceInfo[]): Map<string, RawMention[]> {
  const byKey = new Map<string, RawMention[]>();
  // Words the article writes in lower case: "Robots there assemble orders" starts with one of them.
  // Gathered the first time a sentence's first word needs them, not for every article.
  let lower: Set<string> | undefined;
  const lowerWords = (): Set<string> => (lower ??= new Set(sentences.flatMap((s) => s.tokens.filter((t) => /^\p{Ll}+$/u.test(t.text)).map((t) => t.text))));
  for (const s of sentences) for (const m of s.mentions) {
    if (m.kind !== 'candidate' || m.entity) continue;
    const words = m.text.split(/\s+/);
    if (words.length === 1 && isCommonWord(keyOf(words[0]))) continue;
    // A sentence's first word is capitalised anyway: "Specialising in ...", "Products by ..." are not names.
    if (words.length === 1 && m.tokStart === 0 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && (/ing$/.test(words[0]) || (/s$/.test(words[0]) && isCommonWord(keyOf(words[0]).slice(0, -1))) || writtenLower(words[0], lowerWords()))) continue;
    // "Elon Musk's xAI": the owner's name stays in the sentence's words, where the template leaves it out.
    if (ownsCompany(s, m)) continue;
    // Right after a known company it qualifies it ("Contoso Portsmouth" is Contoso's site), it is not another company.
    if (s.mentions.some((x) => x.entity && x.kind === 'company' && x.end + 1 === m.start)) continue;
    // A lone unknown acronym that modifies a noun ("HBM market", "LNG volumes") is a technology, not a company;
    // as a subject or list item ("SBS was a supplier", "MWEB, one of ...") it may be one.
    if (words.length === 1 && /^[\p{Lu}\p{N}&.-]{2,5}$/u.test(words[0])) {
      const next = s.tokens[m.tokEnd]?.text ?? '.';
      if (/^\p{Ll}/u.test(next) && !isVerbLike(next.toLowerCase())) continue;
    }
    const key = CANDIDATE_PREFIX + normKey(m.text);
    m.entity = key;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  return byKey;
}

/** "Robots" when the article also writes "robots" or "robot". */
function writtenLower(word: string, lower: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  return lower.has(w) || lower.has(w.replace(/s$/, '')) || lower.has(w + 's');
}

/** Accepts a provisional candidate as a company, or says no (a person, a place). */
export function promote(key: string, pool: Map<string, RawMention[]>, sentences: SentenceInfo[], companies: Map<string, CompanyEntity>, cache: Map<SentenceInfo, Spans>): boolean {
  if (companies.has(key)) return true;
  const mentions = pool.get(key);
  if (!mentions?.length) return false;
  if (mentions.some((m) => isPersonOrPlace(sentences[m.sentence], m, cache))) return false;
  const name = mentions.reduce((a, m) => (m.text.length > a.length ? m.text : a), '');
  companies.set(key, { key, name, surfaces: new Set(mentions.map((m) => m.text)), mentions, confidence: 0.5 });
  return true;
}
