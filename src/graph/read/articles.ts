import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { windowParams } from './params.js';
import type { ArticleText, ArticleView, Page, Window } from './views.js';

const q = loadQueries(['get-articles', 'get-article-texts', 'list-articles', 'count-articles', 'list-articles-of-companies'] as const);

export async function getArticles(client: GraphClient, ids: readonly string[]): Promise<Map<string, ArticleView>> {
  const rows = await client.read<{ id: string; article: ArticleView }>(q['get-articles'], { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r.article]));
}

/** The text, extractor version and other URLs of articles, apart from their other fields: a text can be long. */
export async function getArticleTexts(client: GraphClient, ids: readonly string[]): Promise<Map<string, ArticleText>> {
  const rows = await client.read<ArticleText & { id: string }>(q['get-article-texts'], { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, { text: r.text, extractor: r.extractor, alsoAt: r.alsoAt }]));
}

/** Newest first (publishedAt, else ingestedAt); `since` keeps articles at or after an ISO datetime. */
export async function listArticles(client: GraphClient, since: string | null, window: Window): Promise<ArticleView[]> {
  const rows = await client.read<{ article: ArticleView }>(q['list-articles'], { since, ...windowParams(window) });
  return rows.map((r) => r.article);
}

export async function countArticles(client: GraphClient, since: string | null): Promise<number> {
  const [row] = await client.read<{ total: number }>(q['count-articles'], { since });
  return row.total;
}

/** One page of the articles mentioning each company, newest first: one query for all the companies. */
export async function articlesOfCompanies(client: GraphClient, ids: readonly string[], window: Window): Promise<Map<string, Page<ArticleView>>> {
  const rows = await client.read<{ id: string; total: number; page: ArticleView[] }>(q['list-articles-of-companies'], {
    ids: [...new Set(ids)],
    ...windowParams(window),
  });
  return new Map(rows.map((r) => [r.id, { total: r.total, items: r.page }]));
}
