import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';
import { type EdgeRow, type NodeRow, toGraphEdge, toGraphNode } from './expand.js';
import { relationTypes, type GraphView, type RelationType } from './graph-view.js';
import { anyStatus, type LifecycleFilter, lifecycleParams } from './lifecycle.js';
import { neighborhood } from './neighborhood.js';

const q = loadQueries(['export-entities', 'export-edges'] as const);

export interface WholeGraphOptions {
  types?: readonly RelationType[] | null;
  minConfidence?: number | null;
  /** ISO datetime: only edges last seen at or after it. */
  since?: string | null;
  /** At most this many nodes, the most mentioned first. */
  limit?: number | null;
  /** Default for exports: every edge, whatever its status (each carries it); the exports keep history. */
  lifecycle?: LifecycleFilter;
}

export const wholeGraphDefaults = { limit: 2000 } as const;

/**
 * The whole graph for the exports: the `limit` most mentioned entities and the edges among them
 * that pass the filters (`truncated` when entities were left out). With a filter set, entities
 * with no edge passing it are left out too: "SUPPLIES since March" draws no lone companies.
 */
export async function wholeGraph(client: GraphClient, o: WholeGraphOptions = {}): Promise<GraphView> {
  const limit = o.limit ?? wholeGraphDefaults.limit;
  const filters = {
    types: [...(o.types && o.types.length > 0 ? o.types : relationTypes)],
    minConfidence: o.minConfidence ?? 0,
    since: o.since ?? null,
    ...lifecycleParams(o.lifecycle ?? anyStatus()),
  };
  const connectedOnly = (o.types?.length ?? 0) > 0 || filters.minConfidence > 0 || filters.since !== null;
  return client.readTransaction(async (tx) => {
    const rows = await tx.run<{ node: NodeRow }>(q['export-entities'], { ...filters, connectedOnly, limit: limit + 1 });
    const truncated = rows.length > limit;
    const nodes = rows.slice(0, limit).map((r) => r.node);
    const ids = (kind: NodeRow['kind']) => nodes.filter((n) => n.kind === kind).map((n) => n.id);
    const edges = await tx.run<{ edge: EdgeRow }>(q['export-edges'], {
      ...filters,
      companyIds: ids('COMPANY'),
      productIds: ids('PRODUCT'),
    });
    return { nodes: nodes.map(toGraphNode), edges: edges.map((r) => toGraphEdge(r.edge)), truncated };
  }, 'whole-graph');
}

export interface ExportViewOptions extends WholeGraphOptions {
  /** A node id (company slug or `product:<slug>`): its neighbourhood instead of the whole graph. */
  company?: string | null;
  depth?: number | null;
}

/** What an export draws: one node's neighbourhood, or the whole graph. Undefined: no such node. */
export async function exportView(client: GraphClient, o: ExportViewOptions): Promise<GraphView | undefined> {
  if (!o.company) return wholeGraph(client, o);
  return neighborhood(client, { ...o, id: o.company, depth: o.depth ?? 1, limit: o.limit ?? 500, lifecycle: o.lifecycle ?? anyStatus() });
}
