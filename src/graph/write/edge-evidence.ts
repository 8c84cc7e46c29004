import { loadQueries } from '../cypher.js';
import type { Tx } from '../neo4j-client.js';
import { SLICE } from './recompute.js';
import { recomputeLifecycles } from './recompute-lifecycle.js';
import { type EdgeChange, type EdgePair, pairKey, pairOf, relationTypes } from './types.js';

// Edges that only gained evidence are updated in place: noisy-or composes, 1 - (1 - old) * Π(1 - cᵢ new),
// so this equals a recompute without reading every assertion behind a busy edge. Pairs that also lost
// assertions in the same transaction are left to recomputeEdges. Status and periods are recomputed from all
// the claims unless the statement says they cannot have changed (`settled`).

const q = loadQueries(['add-supplies-evidence', 'add-competes-evidence', 'add-offers-evidence'] as const);

// One statement per type: static types let Neo4j expand only that type's relationships of dense nodes
// (a generic statement with a dynamic $(type) took four times as long).
const addEvidence = {
  SUPPLIES: q['add-supplies-evidence'],
  COMPETES_WITH: q['add-competes-evidence'],
  OFFERS: q['add-offers-evidence'],
} as const;

/** New evidence for one edge, aggregated over a batch: miss = Π(1 - cᵢ), dates as ISO strings. */
export interface EvidenceRow extends EdgePair {
  miss: number;
  count: number;
  first: string;
  last: string;
  /** Every new claim says the relation holds, with no end date: cannot change the lifecycle of an edge that held since before. */
  plain: boolean;
}

export async function addEdgeEvidence(tx: Tx, gained: EvidenceRow[], recomputed: EdgePair[], now: string): Promise<EdgeChange[]> {
  const skip = new Set(recomputed.map((p) => pairKey(pairOf(p.type, p.sourceId, p.targetId))));
  const rows = gained.filter((g) => !skip.has(pairKey(g))).sort((a, b) => pairKey(a).localeCompare(pairKey(b)));
  const changes: EdgeChange[] = [];
  for (const type of relationTypes.options) {
    const ofType = rows.filter((r) => r.type === type);
    for (let i = 0; i < ofType.length; i += SLICE) {
      const out = await tx.run<Omit<EdgeChange, 'type' | 'deleted'>>(addEvidence[type], { rows: ofType.slice(i, i + SLICE), now });
      changes.push(...out.map((c) => ({ ...c, type, deleted: false })));
    }
  }
  await recomputeLifecycles(tx, changes.filter((c) => c.settled === false), now);
  return changes;
}
