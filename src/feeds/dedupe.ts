import type { Fingerprint } from '../graph/write/index.js';
import { bands, hamming, NEAR, simhash } from '../ingest/simhash.js';

// A fetched story is the same as a stored one when it has the same canonical URL (the article id of a fed
// article), or when its text is within NEAR bits of a stored text's SimHash (a syndicated copy under another
// URL). The poll asks first, to skip extracting copies; the write transaction asks again with the SimHash bands
// locked (graph/write/copies.ts), which makes the answer hold across processes. Earlier stories of the same
// batch count as stored.

export function fingerprint(text: string): { simhash: string; bands: string[] } {
  const hash = simhash(text);
  return { simhash: hash, bands: bands(hash) };
}

/** For each article in order, the stored (or earlier) article it duplicates, if any; one kept counts as stored for the next. */
export function judge(articles: readonly Fingerprint[], stored: readonly Fingerprint[]): Array<string | undefined> {
  const known = [...stored];
  return articles.map((a) => {
    const hash = a.simhash;
    const same = known.find((s) => s.id === a.id) ?? (hash === null ? undefined : known.find((s) => s.simhash !== null && hamming(s.simhash, hash) <= NEAR));
    if (!same) known.push(a);
    return same?.id;
  });
}
