// The part of a GraphView (src/graph/read/graph-view.ts) the serializers read. Kept structural
// and loose on `properties` so that the serializers stay pure and depend on nothing in graph/:
// any GraphView — a neighbourhood, a path, the whole graph — can be written out.

import type { RelationType } from '../extract/types.js';

export type ExportRelationType = RelationType;

export interface ExportNode {
  /** Company slug, or `product:<slug>` for a product. */
  readonly id: string;
  readonly label: string;
  readonly kind: 'COMPANY' | 'PRODUCT';
  /** mentionCount, firstSeen, lastSeen, aliases (GraphNode.properties, JSON). */
  readonly properties?: unknown;
}

export interface ExportEdge {
  /** `TYPE:sourceId:targetId`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: ExportRelationType;
  readonly confidence: number;
  readonly evidenceCount: number;
  readonly firstSeen?: string | null;
  readonly lastSeen?: string | null;
  /** ACTIVE, ENDING or ENDED; absent: ACTIVE. */
  readonly status?: string | null;
  /** The latest period's bounds (ISO; null: unknown start, or still open). */
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  /** Every stretch of time it held, oldest first; absent for graphs without lifecycles. */
  readonly periods?: readonly { readonly from: string | null; readonly to: string | null }[];
}

/** An edge's lifecycle as every format writes it. */
export function edgeLifecycle(edge: ExportEdge): { status: string; validFrom: string | null; validTo: string | null } {
  return { status: edge.status ?? 'ACTIVE', validFrom: edge.validFrom ?? null, validTo: edge.validTo ?? null };
}

export interface ExportGraph {
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
  readonly truncated: boolean;
}

/** One claim behind an edge, for evidence.csv. */
export interface ExportEvidence {
  /** The relationship's stored id (`COMPETES_WITH`: smaller id first). */
  readonly edgeId: string;
  readonly sentence: string;
  readonly rule: string;
  readonly confidence: number;
  readonly articleId: string;
  readonly url: string | null;
  /** The article's publishedAt (ISO), null when it has none. */
  readonly date: string | null;
}

/** A node's properties as the exports write them (missing or malformed values become null / []). */
export interface NodeFacts {
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  aliases: string[];
}

export function nodeFacts(node: ExportNode): NodeFacts {
  const p = (node.properties ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return {
    mentionCount: typeof p.mentionCount === 'number' ? p.mentionCount : 0,
    firstSeen: text(p.firstSeen),
    lastSeen: text(p.lastSeen),
    aliases: Array.isArray(p.aliases) ? p.aliases.filter((a): a is string => typeof a === 'string') : [],
  };
}

/**
 * COMPETES_WITH is symmetric: stored once per pair, undirected in the JSON formats (graphology,
 * Cytoscape), written both ways in the directed GraphML, GEXF and CSV (records.ts).
 */
export function isDirected(type: ExportRelationType): boolean {
  return type !== 'COMPETES_WITH';
}
