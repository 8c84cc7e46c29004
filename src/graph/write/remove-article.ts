import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';
import { replaceClaims } from './claims.js';
import { recomputeEdges, recomputeEntities } from './recompute.js';

const q = loadQueries(['delete-article'] as const);

/**
 * Removes an article with its assertions and mentions, in one transaction; the edges they supported are
 * recomputed, and edges and entities left with no support are deleted. False when no such article exists.
 */
export async function removeArticle(client: GraphClient, id: string): Promise<boolean> {
  return client.writeTransaction(async (tx) => {
    const old = await replaceClaims(tx, [id]);
    if (old.found.length === 0) return false;
    await tx.run(q['delete-article'], { id });
    const now = new Date().toISOString();
    await recomputeEdges(tx, old.pairs, now);
    await recomputeEntities(tx, old.entities);
    return true;
  }, 'remove-article');
}
