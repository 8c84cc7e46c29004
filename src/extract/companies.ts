// From mentions to companies: gazetteer hits, candidates with enough context,
// later short forms ("Acme" after "Acme Widgets Inc."), acronyms in parentheses
// ("Contoso Motor Co. (CMC)"). Canonical name: the gazetteer name, else the longest form.
import type { Gazetteer } from './gazetteer.js';
import type { RawMention, SentenceInfo } from './mention.js';
import { STRONG_CONTEXT } from './rules/company-context.js';
import { isPersonOrPlace, type Spans } from './people.js';
import { COMPANY_HEADS, LEGAL_SUFFIXES } from './data/suffixes.js';
import { isCommonWord, isFirstName } from './lexicon.js';
import { keyOf, tokenize } from './tokens.js';

export interface CompanyEntity {
  key: string;
  name: string;
  surfaces: Set<string>;
  mentions: RawMention[];
  confidence: number;
  gazIndex?: number;
  industry?: string;
  /** The gazetteer name, kept as an alias when the article uses another form. */
  gazName?: string;
}

const baseName = (surface: string): string => {
  const toks = tokenize(surface).map((t) => t.text).filter((t) => t !== '.' && t !== ',');
  while (toks.length > 1 && LEGAL_SUFFIXES.has(keyOf(toks[toks.length - 1]))) toks.pop();
  return toks.join(' ');
};

export const normKey = (s: string): string => baseName(s).toLowerCase();

export function resolveCompanies(g: Gazetteer, sentences: SentenceInfo[]): Map<string, CompanyEntity> {
  const entities = new Map<string, CompanyEntity>();
  const byKey = new Map<string, string>();
  const tagCache = new Map<SentenceInfo, Spans>();
  const personWords = new Set<string>();

  const add = (key: string, name: string, m: RawMention, confidence: number, gazIndex?: number): void => {
    let e = entities.get(key);
    if (!e) {
      e = { key, name, surfaces: new Set(), mentions: [], confidence, gazIndex, industry: gazIndex !== undefined ? g.companies[gazIndex].industry : undefined };
      entities.set(key, e);
    }
    m.entity = key;
    e.mentions.push(m);
    e.surfaces.add(m.text);
    e.confidence = Math.max(e.confidence, confidence);
    byKey.set(normKey(m.text), key);
    // The longest form names it, written in ordinary case if the article ever does ("ACME CORP:" headings are not).
    const shouting = (x: string): boolean => !/\p{Ll}/u.test(x) && x.length > 5;
    if (e.gazIndex === undefined && (shouting(e.name) ? !shouting(m.text) || m.text.length > e.name.length : !shouting(m.text) && m.text.length > e.name.length)) e.name = m.text;
  };

  // 1. The gazetteer.
  for (const s of sentences) for (const m of s.mentions) {
    if (m.kind !== 'company' || m.index === undefined) continue;
    const c = g.companies[m.index];
    add(`g:${m.index}`, c.name, m, 0.95, m.index);
    for (const a of [c.name, ...c.aliases]) if (!byKey.has(normKey(a))) byKey.set(normKey(a), `g:${m.index}`);
  }

  // 1b. A known name followed by a capitalised candidate with context of its own is a longer form of
  // the same name: "Contoso Precision, a rival of ..." is Contoso, not Contoso plus a company "Precision".
  for (const s of sentences) {
    for (const m of [...s.mentions]) {
      const prev = m.kind === 'candidate' && m.evidence.length ? s.mentions.find((x) => x.entity && x.kind === 'company' && x.tokEnd === m.tokStart && x.end + 1 === m.start) : undefined;
      if (!prev) continue;
      prev.end = m.end;
      prev.tokEnd = m.tokEnd;
      prev.text = s.text.slice(prev.start - s.start, m.end - s.start);
      prev.possessive = m.possessive;
      entities.get(prev.entity!)?.surfaces.add(prev.text);
      s.mentions = s.mentions.filter((x) => x !== m);
    }
  }

  // Acronyms in parentheses name the company before them: "Contoso Motor Co. (CMC)".
  const acronyms = (): void => {
    for (const s of sentences) for (const m of s.mentions) {
      if (!m.entity) continue;
      const after = /^[\s.,]*\(\s*([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\s*[,)]/u.exec(s.text.slice(m.end - s.start, m.end - s.start + 20));
      if (after && !byKey.has(after[1].toLowerCase())) byKey.set(after[1].toLowerCase(), m.entity);
    }
  };

  // 2. Candidates with context, strong context first, so that a later weak "Acme said"
  // joins "Acme Widgets Inc." instead of starting a company of its own.
  const candidates = sentences.flatMap((s) => s.mentions.filter((m) => m.kind === 'candidate').map((m) => [s, m] as const));
  const strength = (m: RawMention): number => (m.evidence.some((e) => STRONG_CONTEXT.has(e)) ? 0 : m.evidence.length ? 1 : 2);
  const ordered = [...candidates].sort((x, y) => strength(x[1]) - strength(y[1]));
  const prefixOf = (k: string, common = false): string | undefined => {
    for (const e of entities.values()) if (normKey(e.name).startsWith(k + ' ') && (common || !isCommonWord(k))) return e.key;
    return undefined;
  };
  // "J.R. Simplot Co.", "Barry Callebaut": a company named after a person is called by the surname ("Simplot said").
  const surnameOf = (k: string): string | undefined => {
    for (const e of entities.values()) {
      const words = baseName(e.name).split(' ');
      if (words.length >= 2 && keyOf(words[words.length - 1]) === k && words.slice(0, -1).every((w) => /^(?:\p{Lu}\.)+$/u.test(w) || isFirstName(keyOf(w)))) return e.key;
    }
    return undefined;
  };
  // People named anywhere ("Chief Executive Jane Morrow") are not companies when named again ("Morrow said").
  for (const [s, m] of candidates) if (m.text.includes(' ') && isPersonOrPlace(s, m, tagCache, true)) for (const w of m.text.split(/\s+/)) personWords.add(w);
  // News names a person in full once and by surname after ("Elon Musk … Musk said"), a company by its first
  // word ("Ginkgo Bioworks … Ginkgo"): a plain two- or three-word name whose last word the article uses alone is a person.
  const alone = new Set(candidates.filter(([, m]) => !m.text.includes(' ')).map(([, m]) => m.text));
  for (const [, m] of candidates) {
    const words = m.text.split(' ');
    if (words.length > 1 && words.length <= 3 && alone.has(words[words.length - 1]) && !m.evidence.some((e) => STRONG_CONTEXT.has(e)) && words.every((w) => /^\p{Lu}\p{Ll}+(?:'\p{Lu}\p{Ll}+)?$/u.test(w)) && !COMPANY_HEADS.has(keyOf(words[words.length - 1]))) for (const w of words) personWords.add(w);
  }
  let acronymsAt = -1;
  // "Scale" with context waits for "Scale Robotics", so that it joins it whichever has the stronger context.
  const firstWords = new Set(candidates.filter(([, c]) => c.evidence.length > 0 && c.text.includes(' ')).map(([, c]) => normKey(c.text).split(' ')[0]));
  const longerAhead = (m: RawMention): boolean => !m.text.includes(' ') && firstWords.has(normKey(m.text));
  const deferred = ordered.filter(([, m]) => longerAhead(m));
  for (const [s, m] of [...ordered.filter(([, m]) => !longerAhead(m)), ...deferred]) {
    if (!m.evidence.length) continue;
    // An acronym may stand for a company found so far: "Fortescue Metals Group (FMG) … FMG chief executive …"
    // (read again only when companies were added since).
    if (/^[\p{Lu}\p{N}&.-]{2,10}$/u.test(m.text) && !byKey.has(normKey(m.text)) && entities.size !== acronymsAt) {
      acronyms();
      acronymsAt = entities.size;
    }
    const strong = m.evidence.some((e) => STRONG_CONTEXT.has(e));
    // Context says company, and a company of the article starts with the word: "Scale AI … a stake in Scale".
    // A legal form names a company of its own ("Acme Inc." is not "Acme Widgets").
    const prefix = m.evidence.includes('suffix') ? undefined : prefixOf(normKey(m.text), true);
    const known = byKey.get(normKey(m.text)) ?? prefix ?? (strong ? undefined : surnameOf(normKey(m.text)));
    // Strong context ("Acme Inc.", "startup Acme") needs no check; weak context must not be a person or place.
    if (!known && !strong) {
      const words = m.text.split(/\s+/);
      // Words all of people already named are passed over whatever else holds: no need to run the tagger.
      if (words.every((w) => personWords.has(w))) continue;
      if (isPersonOrPlace(s, m, tagCache)) {
        for (const w of words) personWords.add(w);
        continue;
      }
      if (words.length === 1 && isCommonWord(keyOf(words[0]))) continue;
    }
    const key = known ?? `u:${normKey(m.text)}`;
    add(key, entities.get(key)?.name ?? m.text, m, strong ? 0.8 : 0.6);
  }

  // 2b. "Contoso LNG" when "Contoso LNG Export" is a company of the article: one longer mention of it.
  mergeAdjacent(sentences, (m, text) => {
    if (m.entity) return false;
    const longer = [...entities.values()].find((e) => e.gazIndex === undefined && normKey(e.name).startsWith(normKey(text) + ' '));
    if (longer) add(longer.key, longer.name, m, 0.7);
    return !!longer;
  }, entities);
  for (const e of [...entities.values()]) if (!e.mentions.length) entities.delete(e.key);

  // 3. Acronyms in parentheses: "Contoso Motor Co. (CMC)".
  acronyms();

  // 4. Candidates without context that repeat a known name, its first words ("Acme" for "Acme Widgets") or its
  // founder's surname ("Simplot" for "J.R. Simplot Co.").
  for (const [s, m] of candidates) {
    if (m.entity) continue;
    const k = normKey(m.text);
    const key = byKey.get(k) ?? prefixOf(k) ?? surnameOf(k);
    if (!key) continue;
    if (!entities.get(key)?.surfaces.has(m.text) && isPersonOrPlace(s, m, tagCache)) continue;
    add(key, entities.get(key)?.name ?? m.text, m, 0.6);
  }
  return entities;
}

/**
 * The name an article's reader would use: the gazetteer name when the article writes it (with or
 * without a legal suffix), else the longest form the article uses ("AMD", not "Advanced Micro Devices", when only "AMD" appears).
 */
export function displayName(e: CompanyEntity, g: Gazetteer): string {
  const surfaces = [...e.surfaces];
  if (e.gazIndex === undefined || !surfaces.length) return e.name;
  const gname = normKey(g.companies[e.gazIndex].name);
  const calm = (xs: string[]): string[] => (xs.some((x) => /\p{Ll}/u.test(x)) ? xs.filter((x) => /\p{Ll}/u.test(x)) : xs);
  const longest = (xs: string[]): string => calm(xs).reduce((a, b) => (b.length > a.length ? b : a));
  // "Meta Platforms Inc." written out is the gazetteer's "Meta Platforms": show the clean name.
  if (surfaces.some((x) => normKey(x) === gname)) return g.companies[e.gazIndex].name;
  return longest(surfaces);
}

/**
 * Joins a known company mention and the candidate right after it ("Contoso" + "Precision") into
 * one candidate mention when `accept` agrees; the known mention is dropped from its entity.
 */
function mergeAdjacent(sentences: SentenceInfo[], accept: (merged: RawMention, text: string) => boolean, entities: Map<string, CompanyEntity>): void {
  for (const s of sentences) {
    for (const m of [...s.mentions]) {
      if (m.kind !== 'candidate') continue;
      const prev = s.mentions.find((x) => x.entity && x.kind === 'company' && x.tokEnd === m.tokStart && x.end + 1 === m.start);
      if (!prev) continue;
      const text = s.text.slice(prev.start - s.start, m.end - s.start);
      const merged: RawMention = { ...m, start: prev.start, tokStart: prev.tokStart, text, evidence: m.evidence.length ? m.evidence : ['extends'] };
      if (!accept(merged, text)) continue;
      const old = entities.get(prev.entity!);
      if (old) old.mentions = old.mentions.filter((x) => x !== prev);
      s.mentions = s.mentions.filter((x) => x !== prev).map((x) => (x === m ? merged : x));
    }
  }
}
