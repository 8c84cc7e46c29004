// A one-word known name written as part of another name is not the known company or product:
// "analyst Jon Cox" (a first name before it: a person), "Dell Thornley, the chain's director" (a person
// by apposition), "a Sierra Leone-focused miner" (a place), "21 Radio Block Centers" (a word inside
// a longer name), "Supermicro (SMC)" (a short form of the name before it). The hit is dropped, so its words
// are read as any other capitalised run.
import type { RawMention, SentenceInfo } from './mention.js';
import { isCommonWord, isFirstName, isPlaceName, lexiconTag } from './lexicon.js';
import { personByApposition } from './people.js';
import { isCapitalised } from './tokens.js';

/** A capitalised word no other hit covers: part of the same run of capitals. */
const freeName = (s: SentenceInfo, k: number, covered: Set<number>): boolean =>
  k >= 0 && k < s.tokens.length && !covered.has(k) && isCapitalised(s.tokens[k].text) && /\p{Ll}/u.test(s.tokens[k].text);

/** Text before `pos` ends with a capitalised word, maybe with a period: "Supermicro", "Acme Inc.". */
const nameEndsAt = (s: SentenceInfo, pos: number): boolean =>
  /\p{Lu}[\p{L}\p{N}&-]*\.?\s*$/u.test(s.text.slice(Math.max(0, pos - s.start - 40), pos - s.start));

export interface Glued {
  kept: RawMention[];
  /**
   * Words that name someone or something else in this article: a surname given with a first name ("Cox" of
   * "Jon Cox", the same person later), a short form defined in parentheses ("SMC" of "Supermicro (SMC)").
   */
  otherNames: string[];
}

export function dropGlued(s: SentenceInfo, mentions: RawMention[]): Glued {
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered.add(k);
  const otherNames: string[] = [];
  const kept = mentions.filter((m) => {
    // "Supermicro (SMC)": an acronym in parentheses after a name is that name's short form, not another company.
    if (s.keys[m.tokStart - 1] === '(' && s.keys[m.tokEnd] === ')' && /^[\p{Lu}\p{N}&.-]{2,10}$/u.test(m.text) && nameEndsAt(s, s.tokens[m.tokStart - 1].start)) {
      otherNames.push(m.text);
      return false;
    }
    if (m.tokEnd - m.tokStart !== 1 || !/\p{Ll}/u.test(m.text)) return true;
    const i = m.tokStart;
    const key = s.keys[i];
    const before = freeName(s, i - 1, covered);
    const after = freeName(s, i + 1, covered);
    // "Jon Cox": a first name right before it makes a person, who keeps the surname ("Cox added") unless it
    // is a company's name in compromise's lexicon ("Michael Dell … Dell said").
    if (before && isFirstName(s.keys[i - 1]) && !isFirstName(key)) {
      if (!/Organization/.test(lexiconTag(key))) otherNames.push(m.text);
      return false;
    }
    // "Sierra Leone", "Costa Rica": the two words name a place.
    if ((after && isPlaceName(`${key} ${s.keys[i + 1].replace(/-.*$/, '')}`)) || (before && isPlaceName(`${s.keys[i - 1]} ${key}`))) return false;
    // "Dell Thornley, the chain's director of supply".
    if (after && !freeName(s, i + 2, covered) && personByApposition(s, i + 2)) return false;
    // "ETCS Radio Block Centers": an ordinary word with capitals on both sides is a word of that name.
    return !(before && after && i - 1 > 0 && isCommonWord(key));
  });
  return { kept, otherNames };
}

/**
 * Turns one-word hits of the other names ("Cox added", "“SMC”") into plain names, unless the known company or
 * product is named in full somewhere in the article.
 */
export function dropOtherNames(sentences: SentenceInfo[], names: ReadonlySet<string>): void {
  if (!names.size) return;
  const known = (m: RawMention): string | undefined => (m.index === undefined ? undefined : `${m.kind}:${m.index}`);
  const inFull = new Set<string>();
  for (const s of sentences) for (const m of s.mentions) if (known(m) && m.tokEnd - m.tokStart > 1) inFull.add(known(m)!);
  // Each becomes a plain name with no context: a short form still joins the company it was defined for.
  for (const s of sentences) {
    s.mentions = s.mentions.map((m) => (!known(m) || m.tokEnd - m.tokStart > 1 || !names.has(m.text) || inFull.has(known(m)!) ? m : { ...m, kind: 'candidate', index: undefined, evidence: [] }));
  }
}
