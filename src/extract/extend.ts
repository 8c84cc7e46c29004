// A known name followed by more of a name is another company: "Contoso BioPharma Solutions"
// (a unit of Contoso), "Contoso Research", "Contoso LNG Export, LLC". The longer name is
// kept as a candidate with strong evidence, so it becomes a company of its own; so is a known name
// followed by a place, the company's unit there ("Contoso Korea"). A known product starts a firm's name
// only before a legal form or "&".
import type { RawMention, SentenceInfo } from './mention.js';
import { COMPANY_HEADS, LEGAL_SUFFIXES } from './data/suffixes.js';
import { CALENDAR, STOP_WORDS, TITLES } from './data/stoplists.js';
import { isPlaceName } from './lexicon.js';

const isNameWord = (t: string, k: string): boolean =>
  /^\p{Lu}/u.test(t) && !STOP_WORDS.has(k) && !CALENDAR.has(k) && !TITLES.has(k);

export function extendKnownNames(s: SentenceInfo, mentions: RawMention[]): RawMention[] {
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) taken.add(k);
  return mentions.map((m) => {
    if (m.kind === 'candidate' || m.kind === 'coref' || m.possessive) return m;
    let b = m.tokEnd;
    // "Contoso Motor Engineering & Manufacturing North America, Inc.": an ampersand joins two name words.
    const joins = (k: number): boolean => s.keys[k] === '&' && k + 1 < s.tokens.length && !taken.has(k + 1) && isNameWord(s.tokens[k + 1].text, s.keys[k + 1]);
    // "… Area 1 Ltd.": a number between name words.
    const number = (k: number): boolean => k > m.tokEnd && /^\d{1,4}$/.test(s.keys[k]) && k + 1 < s.tokens.length && !taken.has(k + 1) && isNameWord(s.tokens[k + 1].text, s.keys[k + 1]);
    while (b < s.tokens.length && b - m.tokEnd < 6 && !taken.has(b) && (isNameWord(s.tokens[b].text, s.keys[b]) || (b > m.tokEnd && joins(b)) || number(b))) b++;
    if (b === m.tokEnd) return m;
    const last = s.keys[b - 1];
    const suffixAfterComma = s.keys[b] === ',' && LEGAL_SUFFIXES.has(s.keys[b + 1] ?? '') && /^\p{Lu}/u.test(s.tokens[b + 1]?.text ?? '');
    // "Kia Georgia", "Contoso Group Korea": a known name and a place is the company's unit there.
    const unitByPlace = b - m.tokEnd <= 2 && s.keys.slice(m.tokEnd, b).every(isPlaceName);
    // A known product is a word of a firm's name only when a legal form or "&" says so: "Galaxy Digital
    // Holdings", "Javelin Strategy & Research", not "Azure Data Services".
    if (m.kind === 'product' && !LEGAL_SUFFIXES.has(last) && !suffixAfterComma && !s.keys.slice(m.tokEnd, b).includes('&')) return m;
    if (!COMPANY_HEADS.has(last) && !LEGAL_SUFFIXES.has(last) && !suffixAfterComma && !unitByPlace) return m;
    const end = s.tokens[b - 1].end;
    return { ...m, kind: 'candidate', index: undefined, tokEnd: b, end, text: s.text.slice(m.start - s.start, end - s.start), evidence: ['suffix'], possessive: s.keys[b] === "'s" };
  });
}
