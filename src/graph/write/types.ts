import { z } from 'zod';
import { relationTypes as relationTypeList } from '../../extract/types.js';

// Shapes the write side passes around. Relationship types come from this allowlist, never from text.

export const relationTypes = z.enum(relationTypeList);
export type RelationType = z.infer<typeof relationTypes>;

export type EntityLabel = 'Company' | 'Product';

export interface EntityRef {
  id: string;
  label: EntityLabel;
}

/** One derived edge to recompute. COMPETES_WITH pairs are ordered (smaller id first) by `pairOf`. */
export interface EdgePair {
  type: RelationType;
  sourceId: string;
  targetId: string;
}

export interface EdgeChange extends EdgePair {
  created: boolean;
  deleted: boolean;
  evidenceCount: number;
  /** Set by addEdgeEvidence: false when the edge's status or periods may have changed (see recompute-lifecycle.ts). */
  settled?: boolean;
}

export function pairOf(type: RelationType, sourceId: string, targetId: string): EdgePair {
  if (type === 'COMPETES_WITH' && targetId < sourceId) return { type, sourceId: targetId, targetId: sourceId };
  return { type, sourceId, targetId };
}

export function pairKey(p: EdgePair): string {
  return `${p.type}\u0000${p.sourceId}\u0000${p.targetId}`;
}

export function uniquePairs(pairs: Iterable<EdgePair>): EdgePair[] {
  const seen = new Map<string, EdgePair>();
  for (const p of pairs) {
    const q = pairOf(relationTypes.parse(p.type), p.sourceId, p.targetId);
    seen.set(pairKey(q), q);
  }
  return [...seen.values()].sort((a, b) => pairKey(a).localeCompare(pairKey(b)));
}

export function uniqueEntities(refs: Iterable<EntityRef>): EntityRef[] {
  const seen = new Map<string, EntityRef>();
  for (const r of refs) seen.set(`${r.label}\u0000${r.id}`, r);
  return [...seen.values()].sort((a, b) => (a.label + a.id).localeCompare(b.label + b.id));
}
