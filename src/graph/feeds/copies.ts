import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';

// Dedupe reads: stored articles that may be the same story (same URL, or a shared SimHash band), and the
// write that makes a syndicated copy a second source of the stored article.

const q = loadQueries(['find-similar-articles', 'add-article-copies'] as const);

export async function similarArticles(client: GraphClient, ids: readonly string[], bands: readonly string[]): Promise<Array<{ id: string; simhash: string | null }>> {
  return client.read(q['find-similar-articles'], { ids: [...ids], bands: [...bands] });
}

export async function addArticleCopies(client: GraphClient, rows: ReadonlyArray<{ articleId: string; url: string }>): Promise<void> {
  if (rows.length > 0) await client.write(q['add-article-copies'], { rows: rows.map((r) => ({ ...r })) });
}
