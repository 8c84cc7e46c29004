import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { int } from './params.js';

// Stored articles as they were ingested, for reading them again (`newsgraph reextract`).

const q = loadQueries(['list-stored-articles', 'count-stored-articles'] as const);

export interface StoredArticleText {
  id: string;
  /** null for articles stored before newsgraph kept their text. */
  text: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  extractor: string | null;
}

/** Every stored article in id order, one page (one read) at a time; pages are small because texts can be long. */
export async function* storedArticles(client: GraphClient, pageSize = 50): AsyncGenerator<StoredArticleText> {
  let after = '';
  for (;;) {
    const rows = await client.read<{ article: StoredArticleText }>(q['list-stored-articles'], { after, limit: int(pageSize) });
    for (const r of rows) yield r.article;
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.article.id;
  }
}

export async function countStoredArticles(client: GraphClient): Promise<{ total: number; withText: number }> {
  const [row] = await client.read<{ total: number; withText: number }>(q['count-stored-articles']);
  return row;
}
