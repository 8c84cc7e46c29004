import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { int } from './params.js';
import { toGraphEdge, toGraphNode, type EdgeRow, type NodeRow } from './expand.js';
import { type LifecycleFilter, lifecycleParams } from './lifecycle.js';
import { neighborhood } from './neighborhood.js';
import { relationTypes, type GraphEdgeView, type GraphNodeView, type GraphView, type RelationType } from './graph-view.js';

const q = loadQueries(['find-paths'] as const);

export const maxPaths = 20;

/**
 * The shortest paths between two companies (all of them up to 20), edges read in both directions,
 * merged into one picture. No path within `maxHops` → an empty graph.
 */
export async function shortestPaths(
  client: GraphClient,
  o: { from: string; to: string; maxHops: number; types?: readonly RelationType[] | null; lifecycle?: LifecycleFilter },
): Promise<GraphView> {
  // A path from a company to itself is the company alone (Neo4j refuses shortestPath with one node).
  if (o.from === o.to) return neighborhood(client, { id: o.from, depth: 0 });
  const rows = await client.read<{ nodes: NodeRow[]; edges: EdgeRow[] }>(q['find-paths'], {
    from: o.from,
    to: o.to,
    maxHops: int(o.maxHops),
    types: o.types && o.types.length > 0 ? [...o.types] : [...relationTypes],
    limit: int(maxPaths + 1),
    ...lifecycleParams(o.lifecycle),
  });
  const nodes = new Map<string, GraphNodeView>();
  const edges = new Map<string, GraphEdgeView>();
  for (const row of rows.slice(0, maxPaths)) {
    for (const n of row.nodes.map(toGraphNode)) nodes.set(n.id, n);
    for (const e of row.edges.map(toGraphEdge)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: rows.length > maxPaths };
}
