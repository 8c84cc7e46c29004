import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { int, windowParams } from './params.js';
import { aliasKey } from '../write/alias-key.js';
import type { EntityView, Page, Window } from './views.js';

const q = loadQueries([
  'get-companies', 'get-products', 'find-company-by-name', 'find-product-by-name',
  'list-companies', 'list-products', 'search-entities', 'count-companies', 'count-products',
] as const);

export type EntityKind = 'COMPANY' | 'PRODUCT';
export type EntityOrder = 'NAME' | 'MENTIONS' | 'LAST_SEEN' | 'FIRST_SEEN';

/** Entities by id, batched: one query for any number of ids. Missing ids are absent from the map. */
export async function getEntities(client: GraphClient, kind: EntityKind, ids: readonly string[]): Promise<Map<string, EntityView>> {
  const rows = await client.read<{ id: string; entity: EntityView }>(
    kind === 'COMPANY' ? q['get-companies'] : q['get-products'],
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [r.id, r.entity]));
}

/**
 * The entity a name denotes: the exact canonical name wins, then the alias key ("Meta Platforms Inc." → "meta platforms").
 * Several candidates (an ambiguous alias) → the most mentioned.
 */
export async function findEntityByName(client: GraphClient, kind: EntityKind, name: string): Promise<EntityView | undefined> {
  const rows = await client.read<{ entity: EntityView; exact: boolean }>(
    kind === 'COMPANY' ? q['find-company-by-name'] : q['find-product-by-name'],
    { name, key: aliasKey(name) },
  );
  rows.sort((a, b) => Number(b.exact) - Number(a.exact) || b.entity.mentionCount - a.entity.mentionCount || a.entity.id.localeCompare(b.entity.id));
  return rows[0]?.entity;
}

export async function listEntities(client: GraphClient, kind: EntityKind, orderBy: EntityOrder, window: Window): Promise<EntityView[]> {
  const rows = await client.read<{ entity: EntityView }>(kind === 'COMPANY' ? q['list-companies'] : q['list-products'], {
    orderBy,
    ...windowParams(window),
  });
  return rows.map((r) => r.entity);
}

/** From the count store: constant time. */
export async function countEntities(client: GraphClient, kind: EntityKind): Promise<number> {
  const [row] = await client.read<{ total: number }>(kind === 'COMPANY' ? q['count-companies'] : q['count-products']);
  return row.total;
}

// Lucene syntax characters; user text is escaped so that it can only ever be terms.
const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query for the full-text index: every term fuzzy or as a prefix, all terms ranked together.
 *   "nvdia corp" → `(nvdia~1 OR nvdia*) AND (corp~1 OR corp*)`
 */
export function fullTextQuery(search: string): string | undefined {
  const terms = search
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(luceneSpecial, ''))
    .filter((t) => t.length > 0 && !['and', 'or', 'not', 'to'].includes(t))
    .slice(0, 8);
  if (terms.length === 0) return undefined;
  return terms.map((t) => (t.length >= 4 ? `(${t}~1 OR ${t}*)` : `(${t} OR ${t}*)`)).join(' AND ');
}

const maxHits = 1000;

/** Full-text search over names and aliases, best first; at most 1,000 hits are ranked. */
export async function searchEntities(client: GraphClient, kind: EntityKind, search: string, window: Window): Promise<Page<EntityView>> {
  const query = fullTextQuery(search);
  if (query === undefined) return { items: [], total: 0 };
  const [row] = await client.read<{ total: number; page: { entity: EntityView }[] }>(q['search-entities'], {
    query,
    label: kind === 'COMPANY' ? 'Company' : 'Product',
    ...windowParams(window),
    max: int(maxHits),
  });
  return { items: row.page.map((h) => h.entity), total: row.total };
}
