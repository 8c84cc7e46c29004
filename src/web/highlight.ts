// Splits an evidence sentence into plain and marked pieces: the names (and aliases) of the two
// companies are marked. Pure, so the page renders pieces with textContent and never parses HTML.
//   highlight('TSMC makes chips for Nvidia.', ['Nvidia', 'TSMC'])
//   → [{text: 'TSMC', mark: true}, {text: ' makes chips for ', mark: false}, {text: 'Nvidia', mark: true}, {text: '.', mark: false}]

export interface Piece {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlight(sentence: string, names: readonly string[]): Piece[] {
  // Longest first, so "Meta Platforms" wins over "Meta"; whole words only ("Arm" not in "Harm").
  const terms = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  if (terms.length === 0 || sentence === '') return sentence === '' ? [] : [{ text: sentence, mark: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of sentence.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (at > last) pieces.push({ text: sentence.slice(last, at), mark: false });
    pieces.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < sentence.length) pieces.push({ text: sentence.slice(last), mark: false });
  return pieces;
}
