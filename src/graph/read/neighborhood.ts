import { NotFoundError } from '../../errors.js';
import type { GraphClient } from '../neo4j-client.js';
import { expandGraph } from './expand.js';
import { relationTypes, type GraphView, type RelationType } from './graph-view.js';
import type { LifecycleFilter } from './lifecycle.js';

export interface NeighborhoodOptions {
  /** A node id: a company slug or `product:<slug>`. */
  id: string;
  depth?: number;
  types?: readonly RelationType[] | null;
  minConfidence?: number | null;
  /** ISO datetime: only edges last seen at or after it. */
  since?: string | null;
  /** At most this many nodes. */
  limit?: number | null;
  /** The day drawn (default now) and the statuses of the edges shown (default ACTIVE and ENDING). */
  lifecycle?: LifecycleFilter;
}

export const neighborhoodDefaults = { depth: 1, limit: 100, fanout: 25 } as const;

/**
 * Everything within `depth` hops of one node, edges read in both directions, strongest edges first
 * (at most 25 per node and hop). Throws NotFoundError when the node does not exist.
 */
export async function neighborhood(client: GraphClient, o: NeighborhoodOptions): Promise<GraphView> {
  const product = o.id.startsWith('product:');
  const slug = product ? o.id.slice('product:'.length) : o.id;
  const view = await expandGraph(client, {
    companyIds: product ? [] : [slug],
    productIds: product ? [slug] : [],
    types: o.types && o.types.length > 0 ? o.types : relationTypes,
    direction: 'BOTH',
    minConfidence: o.minConfidence ?? 0,
    since: o.since ?? null,
    lifecycle: o.lifecycle,
    depth: o.depth ?? neighborhoodDefaults.depth,
    fanout: neighborhoodDefaults.fanout,
    nodeLimit: o.limit ?? neighborhoodDefaults.limit,
  });
  if (!view) throw new NotFoundError(`no company or product with id "${o.id}"`);
  return view;
}
