import { hamming, NEAR, bands, simhash } from '../ingest/simhash.js';

// A fetched story is the same as a stored one when it has the same canonical URL (the article id of a fed
// article), or when its text is within NEAR bits of a stored text's SimHash (a syndicated copy under another
// URL). Candidates read from the graph are compared here; the earlier stories of the same pass count as stored.

export interface Candidate {
  id: string;
  text: string;
}

export interface Stored {
  id: string;
  simhash: string | null;
}

export interface Verdict {
  /** The stored (or earlier) article this one duplicates, if any. */
  duplicateOf: string | undefined;
  simhash: string;
}

export function fingerprint(text: string): { simhash: string; bands: string[] } {
  const hash = simhash(text);
  return { simhash: hash, bands: bands(hash) };
}

/** Judges candidates in order; each one that is kept becomes "stored" for the ones after it. */
export function judge(candidates: readonly Candidate[], stored: readonly Stored[]): Verdict[] {
  const known = [...stored];
  return candidates.map((c) => {
    const hash = simhash(c.text);
    const same = known.find((s) => s.id === c.id) ?? known.find((s) => s.simhash !== null && hamming(s.simhash, hash) <= NEAR);
    if (!same) known.push({ id: c.id, simhash: hash });
    return { duplicateOf: same?.id, simhash: hash };
  });
}
