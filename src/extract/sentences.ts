// Sentence splitting with offsets. Linear; every sentence is capped so one
// runaway "sentence" (a table, binary junk) cannot blow up later stages.
import { ABBREVIATIONS } from './data/abbreviations.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export const MAX_SENTENCE = 600;

const BOUNDARY = /([.!?]["')\]]?)(\s+)(?=["'([]?[\p{Lu}\p{N}])|\n\s*\n|\n(?=\s*[\p{Lu}\p{N}"'•\-*])/gu;
const SENTENCE_STARTERS = new Set(['The', 'It', 'Its', 'This', 'That', 'These', 'Those', 'In', 'On', 'But', 'And', 'He', 'She', 'They', 'We', 'A', 'An', 'Shares', 'According', 'Analysts', 'However']);

export function splitSentences(text: string, limit = text.length): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    for (let s = a; s < b; s += MAX_SENTENCE) {
      const e = Math.min(b, s + MAX_SENTENCE);
      if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    }
  };
  BOUNDARY.lastIndex = 0;
  const body = limit < text.length ? text.slice(0, limit) : text;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    // "Yum! Brands", "Yahoo! said": an exclamation mark inside a name.
    if (m[1]?.startsWith('!') && /\p{Lu}[\p{L}]*!$/u.test(body.slice(Math.max(from, m.index - 12), m.index + 1))) continue;
    if (m[1] === '.') {
      // "Apple Inc. said" or "U.S. officials" is not a boundary; "Apple Inc. The company" is.
      const before = /([\p{L}.]+)\.$/u.exec(body.slice(Math.max(from, m.index - 12), m.index + 1));
      const word = before?.[1] ?? '';
      const next = /^[\p{L}]+/u.exec(body.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[0] ?? '';
      if ((ABBREVIATIONS.has(word) || /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(word) || /^\p{Lu}$/u.test(word)) && !SENTENCE_STARTERS.has(next)) continue;
    }
    const end = m[1] ? m.index + m[1].length : m.index;
    push(from, end);
    from = m.index + m[0].length;
  }
  push(from, body.length);
  return out;
}
