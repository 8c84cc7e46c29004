import { loadQueries } from '../cypher.js';
import type { Tx } from '../neo4j-client.js';
import { lockEntities } from './locks.js';
import type { EdgePair, EntityRef } from './types.js';

const q = loadQueries(['lookup-article-claims', 'delete-article-claims'] as const);

export interface ReplacedClaims {
  /** The articles that exist (of those asked for). */
  found: string[];
  /** Edges the deleted assertions supported: to recompute. */
  pairs: EdgePair[];
  /** Entities the deleted assertions and mentions referred to: to re-count. */
  entities: EntityRef[];
}

/**
 * Deletes the assertions and mentions of the given articles (not the articles) and says what they supported.
 * The entities they referred to are locked first: the caller recomputes them (see locks.ts).
 */
export async function replaceClaims(tx: Tx, ids: string[]): Promise<ReplacedClaims> {
  const out: ReplacedClaims = { found: [], pairs: [], entities: [] };
  if (ids.length === 0) return out;
  const old = await tx.run<{ id: string; pairs: EdgePair[]; entities: EntityRef[] }>(q['lookup-article-claims'], { ids });
  for (const o of old) {
    out.found.push(o.id);
    out.pairs.push(...o.pairs);
    out.entities.push(...o.entities);
  }
  if (old.length === 0) return out;
  await lockEntities(tx, out.entities);
  await tx.run(q['delete-article-claims'], { ids });
  return out;
}
