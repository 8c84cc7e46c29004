// A known name followed by more of a name is another company: "Contoso BioPharma Solutions"
// (a unit of Contoso), "Contoso Research", "Contoso LNG Export, LLC". The longer name is
// kept as a candidate with strong evidence, so it becomes a company of its own.
import type { RawMention, SentenceInfo } from './mention.js';
import { COMPANY_HEADS, LEGAL_SUFFIXES } from './data/suffixes.js';
import { CALENDAR, STOP_WORDS, TITLES } from './data/stoplists.js';

const isNameWord = (t: string, k: string): boolean =>
  /^\p{Lu}/u.test(t) && !STOP_WORDS.has(k) && !CALENDAR.has(k) && !TITLES.has(k);

export function extendKnownNames(s: SentenceInfo, mentions: RawMention[]): RawMention[] {
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) taken.add(k);
  return mentions.map((m) => {
    if (m.kind !== 'company' || m.possessive) return m;
    let b = m.tokEnd;
    while (b < s.tokens.length && b - m.tokEnd < 4 && !taken.has(b) && isNameWord(s.tokens[b].text, s.keys[b])) b++;
    if (b === m.tokEnd) return m;
    const last = s.keys[b - 1];
    const suffixAfterComma = s.keys[b] === ',' && LEGAL_SUFFIXES.has(s.keys[b + 1] ?? '') && /^\p{Lu}/u.test(s.tokens[b + 1]?.text ?? '');
    if (!COMPANY_HEADS.has(last) && !LEGAL_SUFFIXES.has(last) && !suffixAfterComma) return m;
    const end = s.tokens[b - 1].end;
    return { ...m, kind: 'candidate', index: undefined, tokEnd: b, end, text: s.text.slice(m.start - s.start, end - s.start), evidence: ['suffix'], possessive: s.keys[b] === "'s" };
  });
}
