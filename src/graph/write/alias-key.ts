import { createHash } from 'node:crypto';

// How a surface form becomes an alias key and a new entity gets its id.
//   "Meta Platforms, Inc." → key "meta platforms" → id "meta-platforms"
//   "The Coca-Cola Company" → key "coca cola"      "AT&T Inc." → key "at and t"
// The key is what cross-article resolution matches on; the id never changes afterwards.

//   "Nestlé S.A."  → key "nestle"
// Legal forms dropped from the end of a name (repeatedly: "Foo Holdings Co. Ltd." → "foo").
const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'sa',
  'nv', 'bv', 'se', 'spa', 'srl', 'sas', 'ab', 'asa', 'oyj', 'oy', 'as', 'kk', 'pty', 'pte', 'bhd', 'tbk', 'kgaa',
  'sarl', 'co', 'cos', 'company', 'holdings', 'holding', 'group',
]);

export function aliasKey(surface: string): string {
  const words = surface
    // "Nestlé" and "Nestle" are one key: accents are folded away.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // "S.A." → "sa", "McDonald's" → "mcdonalds": dots and apostrophes join, other punctuation splits.
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length > 0) return words.join(' ');
  // Nothing but symbols or emoji ("🚀"): keep the form itself, trimmed and case-folded.
  return surface.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** A readable id from a key: "meta platforms" → "meta-platforms"; symbols only → "e-<hash>". */
export function slugOf(key: string): string {
  const slug = key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || `e-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** "nvidia" → "nvidia-2" → "nvidia-3": the first id not in `taken`. */
export function nextFreeId(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
