import { NotFoundError } from '../../errors.js';
import type { GraphClient } from '../neo4j-client.js';
import { expandGraph } from './expand.js';
import type { GraphView } from './graph-view.js';
import type { LifecycleFilter } from './lifecycle.js';

export type ChainDirection = 'UPSTREAM' | 'DOWNSTREAM';

/**
 * A company's suppliers and their suppliers (UPSTREAM), or its customers and theirs (DOWNSTREAM),
 * following SUPPLIES edges only, `depth` hops. Throws NotFoundError when the company does not exist.
 */
export async function supplyChain(
  client: GraphClient,
  o: { id: string; direction: ChainDirection; depth: number; minConfidence?: number; limit?: number; lifecycle?: LifecycleFilter },
): Promise<GraphView> {
  const view = await expandGraph(client, {
    companyIds: [o.id],
    productIds: [],
    types: ['SUPPLIES'],
    // Upstream: the company is the customer, the edge's target.
    direction: o.direction === 'UPSTREAM' ? 'IN' : 'OUT',
    minConfidence: o.minConfidence ?? 0,
    since: null,
    lifecycle: o.lifecycle,
    depth: o.depth,
    fanout: 25,
    nodeLimit: o.limit ?? 200,
  });
  if (!view) throw new NotFoundError(`no company with id "${o.id}"`);
  return view;
}
