import { edgeId } from './graph-view.js';
import type { RelationshipView } from './views.js';

// Relationship rows come back from Cypher without an id; the id is derived, never stored.
export function withEdgeId(row: Omit<RelationshipView, 'id'>): RelationshipView {
  return { ...row, id: edgeId(row.type, row.source.id, row.target.id) };
}

/** Groups batched rows `{id, ...}` by id, keeping the first row per id. */
export function byId<R extends { id: string }>(rows: R[]): Map<string, R> {
  const map = new Map<string, R>();
  for (const row of rows) if (!map.has(row.id)) map.set(row.id, row);
  return map;
}
