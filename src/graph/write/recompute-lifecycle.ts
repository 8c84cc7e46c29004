import { loadQueries } from '../cypher.js';
import type { Tx } from '../neo4j-client.js';
import { type DatedClaim, type EdgeStatus, lifecycleOf } from './lifecycle.js';
import { SLICE } from './recompute.js';
import { type EdgePair, uniquePairs } from './types.js';

// Status, validity and periods of SUPPLIES and COMPETES_WITH edges, recomputed from all their dated claims (so
// ingest order, updates and removals cannot leave them stale), in the caller's transaction, after the edges'
// confidence and evidence are up to date. OFFERS edges have no lifecycle.

const q = loadQueries(['lookup-edge-claims', 'set-edge-lifecycles'] as const);

/** Stored in place of a null bound (Neo4j lists hold no nulls); fragments/status-at.cypher compares with them. */
export const UNKNOWN_START = '0001-01-01T00:00:00Z';
export const OPEN_END = '9999-12-31T23:59:59Z';

export type LifecycleChange = 'ENDED' | 'REOPENED';

interface ClaimsRow extends EdgePair {
  oldStatus: EdgeStatus | null;
  oldPeriods: number | null;
  claims: DatedClaim[];
}

export async function recomputeLifecycles(tx: Tx, pairs: Iterable<EdgePair>, now: string): Promise<void> {
  const rows = uniquePairs(pairs).filter((p) => p.type !== 'OFFERS');
  for (let i = 0; i < rows.length; i += SLICE) {
    const found = await tx.run<ClaimsRow>(q['lookup-edge-claims'], { rows: rows.slice(i, i + SLICE) });
    const updates = found.map((row) => {
      const l = lifecycleOf(row.claims, now);
      return {
        type: row.type, sourceId: row.sourceId, targetId: row.targetId,
        status: l.status, validFrom: l.validFrom, validTo: l.validTo,
        periodFrom: l.periods.map((p) => p.from ?? UNKNOWN_START),
        periodTo: l.periods.map((p) => p.to ?? OPEN_END),
        openedBy: l.periods.map((p) => p.openedBy ?? ''),
        closedBy: l.periods.map((p) => p.closedBy ?? ''),
        change: changeOf(row, l.status, l.periods.length),
      };
    });
    if (updates.length > 0) await tx.run(q['set-edge-lifecycles'], { rows: updates, now });
  }
}

/** ENDED when a relation that held is over; REOPENED when one that was over holds again (a new period). */
function changeOf(old: ClaimsRow, status: EdgeStatus, periods: number): LifecycleChange | null {
  if (old.oldStatus === null) return null;
  if (status === 'ENDED') return old.oldStatus !== 'ENDED' ? 'ENDED' : null;
  if (old.oldStatus === 'ENDED' || periods > (old.oldPeriods ?? periods)) return 'REOPENED';
  return null;
}
