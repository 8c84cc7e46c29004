import { loadQueries } from '../cypher.js';
import type { Tx } from '../neo4j-client.js';
import { recomputeLifecycles } from './recompute-lifecycle.js';
import { type EdgeChange, type EdgePair, type EntityRef, uniqueEntities, uniquePairs } from './types.js';

// Derived data is recomputed from the assertions and mentions, never patched, inside the caller's transaction:
// whatever changed the claims (ingest, update, removal, merge) ends with these two calls. recomputeEdges brings
// the edges' status and periods up to date too (recompute-lifecycle.ts).

const q = loadQueries(['recompute-edges', 'recompute-entities', 'set-entity-aliases'] as const);

// Big batches go to the server in slices so that one statement never holds a huge parameter list.
export const SLICE = 2_000;

export async function recomputeEdges(tx: Tx, pairs: Iterable<EdgePair>, now: string): Promise<EdgeChange[]> {
  const rows = uniquePairs(pairs);
  const changes: EdgeChange[] = [];
  for (let i = 0; i < rows.length; i += SLICE) {
    changes.push(...(await tx.run<EdgeChange>(q['recompute-edges'], { rows: rows.slice(i, i + SLICE), now })));
  }
  await recomputeLifecycles(tx, changes.filter((c) => c.evidenceCount > 0), now);
  return changes;
}

/** Refreshes counts and dates; returns the entities deleted because nothing supports them any more. */
export async function recomputeEntities(tx: Tx, refs: Iterable<EntityRef>): Promise<EntityRef[]> {
  const rows = uniqueEntities(refs);
  const deleted: EntityRef[] = [];
  for (let i = 0; i < rows.length; i += SLICE) {
    const out = await tx.run<EntityRef & { deleted: boolean }>(q['recompute-entities'], { rows: rows.slice(i, i + SLICE) });
    for (const r of out) if (r.deleted) deleted.push({ id: r.id, label: r.label });
  }
  return deleted;
}

export async function refreshAliases(tx: Tx, refs: Iterable<EntityRef>): Promise<void> {
  const rows = uniqueEntities(refs);
  for (let i = 0; i < rows.length; i += SLICE) await tx.run(q['set-entity-aliases'], { rows: rows.slice(i, i + SLICE) });
}
