// Name normalisation for scoring, as ../shared/eval/FORMAT.md defines it: case folded,
// punctuation and legal suffixes dropped, so "Apple, Inc." and "APPLE" compare equal.

// Trailing words dropped as legal forms, checked after punctuation is gone
// ("S.A." is "sa", "A/S" is "as"). Both the short and the long form are here:
// "Co"/"Company", "Corp"/"Corporation", "Ltd"/"Limited".
const legalSuffixes = new Set([
  // US and UK: "Acme Holdings Corp.", "Acme Group plc", "Acme & Co."
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'cos', 'companies',
  'ltd', 'limited', 'plc', 'llc', 'lp', 'llp', 'lllp', 'pllc',
  'group', 'holdings', 'holding',
  // Continental Europe: "Siemens AG", "Philips N.V.", "Airbus SE", "Bosch GmbH"
  'ag', 'gmbh', 'kg', 'kgaa', 'sa', 'se', 'nv', 'bv', 'spa', 'srl', 'sarl', 'sas',
  'ab', 'asa', 'as', 'oy', 'oyj', 'aps',
  // Elsewhere: "BHP Pty Ltd", "Toyota KK", "Vale S.A.", "Petrobras Ltda"
  'pty', 'pte', 'kk', 'bhd', 'sdn', 'tbk', 'ltda', 'sab', 'de', 'cv',
]);

// Letters that Unicode does not decompose into a base letter plus accent.
const foldedLetters: Record<string, string> = {
  'æ': 'ae', 'ø': 'o', 'œ': 'oe', 'ß': 'ss', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i',
};

/**
 * "Nestlé S.A." → "nestle", "AT&T Inc." → "at and t", "JPMorgan Chase & Co." → "jpmorgan chase",
 * "McDonald's" → "mcdonald", "The Kroger Co." → "kroger".
 */
export function normaliseName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[æøœßłđðþı]/g, (c) => foldedLetters[c] ?? c)
    // Possessive "'s" wherever it ends a word, so "Macy's, Inc.", "Macy's" and "Macy"
    // agree, as do "Dick’s Sporting Goods" and "Dick's Sporting Goods".
    .replace(/['’‘`´]s(?![\p{L}\p{N}])/gu, '')
    .replace(/&/g, ' and ')
    // Slashed legal forms: "A/S" → "as", "S/A" → "sa".
    .replace(/(?<![\p{L}\p{N}])(\p{L})\/(\p{L})(?![\p{L}\p{N}])/gu, '$1$2')
    // Other apostrophes and dots join: "O'Reilly" → "oreilly", "U.S. Steel" → "us steel".
    .replace(/['’‘`´.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = folded.split(' ').filter((w) => w.length > 0);
  let start = 0;
  if (words.length > 1 && words[0] === 'the') start = 1;
  let end = words.length;
  // Drop suffixes from the end, and an "and" left dangling by "& Co.", but never the last
  // word: "Group Inc." stays "group", "The Company" stays "company".
  while (end - start > 1 && (legalSuffixes.has(words[end - 1]) || words[end - 1] === 'and')) end--;
  return words.slice(start, end).join(' ');
}
