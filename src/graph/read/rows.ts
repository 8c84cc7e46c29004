import { edgeId } from './graph-view.js';
import type { RelationshipView } from './views.js';

// Relationship rows come back from Cypher without an id; the id is derived, never stored.
export function withEdgeId(row: Omit<RelationshipView, 'id'>): RelationshipView {
  return { ...row, id: edgeId(row.type, row.source.id, row.target.id) };
}
