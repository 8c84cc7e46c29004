import { edgeId } from './graph-view.js';
import { type LifecycleRow, lifecycleOfRow } from './lifecycle.js';
import type { RelationshipView } from './views.js';

/** A relationship as Cypher returns it: no id, the lifecycle as fragments/lifecycle.cypher gives it. */
export type RelationshipRow = Omit<RelationshipView, 'id' | keyof ReturnType<typeof lifecycleOfRow>> & { lifecycle: LifecycleRow };

// Relationship rows come back from Cypher without an id; the id is derived, never stored.
export function withEdgeId(row: RelationshipRow): RelationshipView {
  const { lifecycle, ...rest } = row;
  return { ...rest, ...lifecycleOfRow(lifecycle), id: edgeId(row.type, row.source.id, row.target.id) };
}
