import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';

const q = loadQueries(['lookup-article-hashes'] as const);

/** Content hashes of the stored articles among `ids`, so unchanged ones skip extraction altogether. */
export async function storedHashes(client: GraphClient, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await client.read<{ id: string; contentHash: string }>(q['lookup-article-hashes'], { ids });
  return new Map(rows.map((r) => [r.id, r.contentHash]));
}

const any = loadQueries(['lookup-any-article'] as const);

/** Whether any article is stored (an empty database gets the bundled examples). */
export async function hasArticles(client: GraphClient): Promise<boolean> {
  return (await client.read(any['lookup-any-article'])).length > 0;
}
