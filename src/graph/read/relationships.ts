import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { int, windowParams } from './params.js';
import type { RelationType } from './graph-view.js';
import { anyStatus, type LifecycleFilter, lifecycleParams } from './lifecycle.js';
import { type RelationshipRow, withEdgeId } from './rows.js';
import type { EvidenceView, Page, RelationshipView, Window } from './views.js';

const q = loadQueries([
  'list-relationships-of-companies', 'list-offers-of-products', 'get-relationships',
  'list-relationships', 'count-relationships', 'list-evidence-of-relationships', 'list-updated-relationships',
  'list-evidence-of-assertions',
] as const);

type Row = RelationshipRow;

export interface EdgeFilter {
  minConfidence: number;
  /** ISO datetime: only edges last seen at or after it. */
  since: string | null;
  /** The day (default now) and the statuses on it (default ACTIVE and ENDING). */
  lifecycle?: LifecycleFilter;
}

/** Which side of the edge the company is: suppliers are IN (supplier → company), customers OUT, competitors BOTH. */
export type Direction = 'IN' | 'OUT' | 'BOTH';

/** One page of each company's edges of one type, strongest first: one query for all the companies. */
export async function relationshipsOfCompanies(
  client: GraphClient,
  ids: readonly string[],
  type: RelationType,
  direction: Direction,
  filter: EdgeFilter,
  window: Window,
): Promise<Map<string, Page<RelationshipView>>> {
  const rows = await client.read<{ id: string; total: number; page: Row[] }>(q['list-relationships-of-companies'], {
    ids: [...new Set(ids)],
    type,
    direction,
    minConfidence: filter.minConfidence,
    since: filter.since,
    ...lifecycleParams(filter.lifecycle),
    ...windowParams(window),
  });
  return new Map(rows.map((r) => [r.id, { total: r.total, items: r.page.map(withEdgeId) }]));
}

/** One page of the OFFERS edges into each product (its makers). */
export async function offersOfProducts(client: GraphClient, ids: readonly string[], window: Window): Promise<Map<string, Page<RelationshipView>>> {
  const rows = await client.read<{ id: string; total: number; page: Row[] }>(q['list-offers-of-products'], {
    ids: [...new Set(ids)],
    ...anyStatus(),
    ...windowParams(window),
  });
  return new Map(rows.map((r) => [r.id, { total: r.total, items: r.page.map(withEdgeId) }]));
}

export interface EdgeKey {
  type: RelationType;
  source: string;
  target: string;
}

const keyString = (k: EdgeKey) => `${k.type}:${k.source}:${k.target}`;

/** Edges by key (the parts of an edge id), batched. Absent keys are missing from the map. */
export async function getRelationships(client: GraphClient, keys: readonly EdgeKey[]): Promise<Map<string, RelationshipView>> {
  const rows = await client.read<{ key: EdgeKey; rel: Row }>(q['get-relationships'], { keys: keys.map((k) => ({ ...k })), ...anyStatus() });
  return new Map(rows.map((r) => [keyString(r.key), withEdgeId(r.rel)]));
}

/** The sentences and articles behind each edge, strongest first, at most `limit` per edge. */
export async function evidenceOfRelationships(
  client: GraphClient,
  keys: readonly EdgeKey[],
  limit: number,
): Promise<Map<string, EvidenceView[]>> {
  const rows = await client.read<{ key: EdgeKey; evidence: EvidenceView[] }>(q['list-evidence-of-relationships'], {
    keys: keys.map((k) => ({ ...k })),
    limit: int(limit),
  });
  return new Map(rows.map((r) => [keyString(r.key), r.evidence]));
}

/** Claims by assertion id (the ones that opened and closed periods), batched. */
export async function evidenceOfAssertions(client: GraphClient, ids: readonly string[]): Promise<Map<string, EvidenceView>> {
  const rows = await client.read<{ id: string; evidence: EvidenceView }>(q['list-evidence-of-assertions'], { ids: [...ids] });
  return new Map(rows.map((r) => [r.id, r.evidence]));
}

export interface RelationshipFilter extends EdgeFilter {
  types: readonly RelationType[];
}

function relationshipParams(f: RelationshipFilter) {
  return { types: [...f.types], minConfidence: f.minConfidence, since: f.since, ...lifecycleParams(f.lifecycle) };
}

export async function listRelationships(client: GraphClient, filter: RelationshipFilter, window: Window): Promise<RelationshipView[]> {
  const rows = await client.read<{ rel: Row }>(q['list-relationships'], {
    ...relationshipParams(filter),
    ...windowParams(window),
  });
  return rows.map((r) => withEdgeId(r.rel));
}

export async function countRelationships(client: GraphClient, filter: RelationshipFilter): Promise<number> {
  const [row] = await client.read<{ total: number }>(q['count-relationships'], relationshipParams(filter));
  return row.total;
}

/** Where a reader of changed edges got to: the newest updatedAt seen and, among edges with it, the greatest id. */
export interface EdgeCursor {
  since: string;
  afterId: string;
}

/** Edges changed after the cursor (created, confidence/evidenceCount grew, ended or re-opened), oldest change first. */
export async function updatedRelationships(
  client: GraphClient,
  cursor: EdgeCursor,
  limit: number,
): Promise<{ items: RelationshipView[]; next: EdgeCursor }> {
  const rows = await client.read<{ updatedAt: string; rel: Row }>(q['list-updated-relationships'], { ...cursor, ...anyStatus(), limit: int(limit) });
  const items = rows.map((r) => withEdgeId(r.rel));
  const last = rows.at(-1);
  return { items, next: last ? { since: last.updatedAt, afterId: items.at(-1)!.id } : cursor };
}
