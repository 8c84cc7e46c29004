import type { GraphClient, Tx } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { int } from './params.js';
import { edgeId, nodeId, type GraphEdgeView, type GraphNodeView, type GraphView, type NodeKind, type RelationType } from './graph-view.js';
import { type LifecycleFilter, type LifecycleRow, lifecycleOfRow, lifecycleParams } from './lifecycle.js';
import type { Direction } from './relationships.js';

const q = loadQueries(['get-graph-nodes', 'expand-graph-hop'] as const);

export interface NodeRow {
  kind: NodeKind;
  id: string;
  name: string;
  aliases: string[] | null;
  mentionCount: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EdgeRow {
  type: RelationType;
  /** Slugs: the source is always a company; the target a company or (OFFERS) a product. */
  source: string;
  target: string;
  targetKind: NodeKind;
  confidence: number;
  evidenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  lifecycle: LifecycleRow;
}

export function toGraphNode(n: NodeRow): GraphNodeView {
  return {
    id: nodeId(n.kind, n.id),
    label: n.name,
    kind: n.kind,
    properties: { mentionCount: n.mentionCount ?? 0, firstSeen: n.firstSeen, lastSeen: n.lastSeen, aliases: n.aliases ?? [] },
  };
}

export function toGraphEdge(e: EdgeRow): GraphEdgeView {
  return {
    id: edgeId(e.type, e.source, e.target),
    source: e.source,
    target: nodeId(e.targetKind, e.target),
    type: e.type,
    confidence: e.confidence,
    evidenceCount: e.evidenceCount,
    firstSeen: e.firstSeen,
    lastSeen: e.lastSeen,
    ...graphLifecycle(e.lifecycle),
  };
}

function graphLifecycle(l: LifecycleRow): Pick<GraphEdgeView, 'status' | 'validFrom' | 'validTo' | 'periods'> {
  const { status, validFrom, validTo, periods } = lifecycleOfRow(l);
  return { status, validFrom, validTo, periods };
}

export interface ExpandOptions {
  companyIds: readonly string[];
  productIds: readonly string[];
  types: readonly RelationType[];
  direction: Direction;
  minConfidence: number;
  since: string | null;
  /** The day and statuses of the edges followed (default: now, ACTIVE and ENDING). */
  lifecycle?: LifecycleFilter;
  depth: number;
  /** Per node and hop: at most this many edges, strongest first. */
  fanout: number;
  /** At most this many nodes in the picture. */
  nodeLimit: number;
}

/**
 * Breadth-first expansion from start nodes, one Cypher statement per hop inside one read transaction
 * (elementIds stay valid within it). Hubs are capped per hop and `truncated` tells when anything was cut.
 * Returns undefined when no start node exists.
 */
export async function expandGraph(client: GraphClient, o: ExpandOptions): Promise<GraphView | undefined> {
  return client.readTransaction(async (tx) => expandIn(tx, o), 'expand-graph');
}

async function expandIn(tx: Tx, o: ExpandOptions): Promise<GraphView | undefined> {
  const start = await tx.run<{ ref: string; node: NodeRow }>(q['get-graph-nodes'], {
    companyIds: [...o.companyIds],
    productIds: [...o.productIds],
  });
  if (start.length === 0) return undefined;
  const nodes = new Map<string, GraphNodeView>(start.map((s) => [s.ref, toGraphNode(s.node)]));
  const edges = new Map<string, GraphEdgeView>();
  let truncated = false;
  let frontier = start.map((s) => s.ref);
  for (let hop = 0; hop < o.depth && frontier.length > 0; hop++) {
    const rows = await tx.run<{ from: string; ref: string; node: NodeRow; edge: EdgeRow }>(q['expand-graph-hop'], {
      frontier,
      types: [...o.types],
      direction: o.direction,
      minConfidence: o.minConfidence,
      since: o.since,
      ...lifecycleParams(o.lifecycle),
      fanout: int(o.fanout),
    });
    const perNode = new Map<string, number>();
    const next: string[] = [];
    for (const row of rows) {
      const seen = (perNode.get(row.from) ?? 0) + 1;
      perNode.set(row.from, seen);
      if (seen > o.fanout) {
        truncated = true;
        continue;
      }
      if (!nodes.has(row.ref)) {
        if (nodes.size >= o.nodeLimit) {
          truncated = true;
          continue;
        }
        nodes.set(row.ref, toGraphNode(row.node));
        next.push(row.ref);
      }
      const edge = toGraphEdge(row.edge);
      edges.set(edge.id, edge);
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
