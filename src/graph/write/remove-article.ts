import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';
import { recomputeEdges, recomputeEntities } from './recompute.js';
import type { EdgePair, EntityRef } from './types.js';

const q = loadQueries(['lookup-article-claims', 'delete-article-claims', 'delete-article'] as const);

/**
 * Removes an article with its assertions and mentions, in one transaction; the edges they supported are
 * recomputed, and edges and entities left with no support are deleted. False when no such article exists.
 */
export async function removeArticle(client: GraphClient, id: string): Promise<boolean> {
  return client.writeTransaction(async (tx) => {
    const old = await tx.run<{ pairs: EdgePair[]; entities: EntityRef[] }>(q['lookup-article-claims'], { ids: [id] });
    if (old.length === 0) return false;
    await tx.run(q['delete-article-claims'], { ids: [id] });
    await tx.run(q['delete-article'], { id });
    const now = new Date().toISOString();
    await recomputeEdges(tx, old.flatMap((o) => o.pairs), now);
    await recomputeEntities(tx, old.flatMap((o) => o.entities));
    return true;
  }, 'remove-article');
}
