import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';

const q = loadQueries(['lookup-article-hashes'] as const);

export interface StoredArticle {
  id: string;
  contentHash: string;
  /** null for articles stored before newsgraph recorded the extractor. */
  extractor: string | null;
}

/** Content hashes and extractor versions of the stored articles among `ids`, so unchanged ones skip extraction altogether. */
export async function storedHashes(client: GraphClient, ids: string[]): Promise<Map<string, StoredArticle>> {
  if (ids.length === 0) return new Map();
  const rows = await client.read<StoredArticle>(q['lookup-article-hashes'], { ids });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Nothing to do: the same content, read by the same extractor. Another extractor version reads it again. */
export function isCurrent(stored: StoredArticle | undefined, next: { contentHash: string; extractor: string }): boolean {
  return stored !== undefined && stored.contentHash === next.contentHash && stored.extractor === next.extractor;
}

const any = loadQueries(['lookup-any-article'] as const);

/** Whether any article is stored (an empty database gets the bundled examples). */
export async function hasArticles(client: GraphClient): Promise<boolean> {
  return (await client.read(any['lookup-any-article'])).length > 0;
}
