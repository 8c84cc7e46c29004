import { loadQueries } from '../cypher.js';
import type { Tx } from '../neo4j-client.js';
import type { ArticleRecord } from './ingest-batch.js';

// Feed dedupe inside the write transaction (docs/feeds.md, Dedupe). A new article that is the same story as a
// stored one, or as an earlier one of the batch, is not written: its URL becomes a second source (`alsoAt`) of
// that article. Safe across processes: the transaction first locks the new articles' SimHash bands, in sorted
// order, and only then reads the articles in those bands. Two near-identical stories always share a band
// (simhash.ts), so the second writer waits for the first to commit, then finds its article. Every write links
// its articles to their bands here (linkBands), whether it looks for copies or not.

const q = loadQueries(['lock-sim-bands', 'find-similar-articles', 'add-article-copies', 'add-article-bands'] as const);

export interface Fingerprint {
  id: string;
  simhash: string | null;
}

/** For each article in order, the id of the stored (or earlier) article it is the same story as, if any. */
export type SameStory = (articles: readonly Fingerprint[], stored: readonly Fingerprint[]) => Array<string | undefined>;

/** Locks the bands, then judges: article id → the id of the article it copies. */
export async function findCopies(tx: Tx, articles: readonly ArticleRecord[], sameStory: SameStory): Promise<Map<string, string>> {
  if (articles.length === 0) return new Map();
  const keys = [...new Set(articles.flatMap((a) => a.simBands ?? []))].sort();
  if (keys.length > 0) await tx.run(q['lock-sim-bands'], { keys });
  const stored = await tx.run<Fingerprint>(q['find-similar-articles'], { ids: articles.map((a) => a.id), bands: keys });
  const verdicts = sameStory(articles.map((a) => ({ id: a.id, simhash: a.simhash ?? null })), stored);
  return new Map(articles.flatMap((a, i) => (verdicts[i] === undefined ? [] : [[a.id, verdicts[i]] as const])));
}

/** Records each copy's URL on the article it copies (after that article is written, when it is in the batch). */
export async function addCopies(tx: Tx, articles: readonly ArticleRecord[], copies: ReadonlyMap<string, string>): Promise<void> {
  const rows = articles.flatMap((a) => {
    const of = copies.get(a.id);
    return of !== undefined && a.url && a.url !== of ? [{ articleId: of, url: a.url }] : [];
  });
  if (rows.length > 0) await tx.run(q['add-article-copies'], { rows });
}

/** Links written articles to their bands, in key order: the order lock-sim-bands takes them in. */
export async function linkBands(tx: Tx, articles: readonly ArticleRecord[]): Promise<void> {
  const rows = articles.flatMap((a) => (a.simBands ?? []).map((key) => ({ key, id: a.id })));
  rows.sort((x, y) => (x.key === y.key ? (x.id < y.id ? -1 : 1) : x.key < y.key ? -1 : 1));
  if (rows.length > 0) await tx.run(q['add-article-bands'], { rows });
}
