// Plain TypeScript mirror of the GraphQL `Graph` type: what the drawing queries return
// (neighborhood, path, supplyChain) and what the exports turn into GraphML, GEXF, JSON.
// Ids are stable so they can key Cytoscape, graphology and NVL elements directly.

import { relationTypes, type RelationType } from '../../extract/types.js';
import type { PeriodView, RelationshipStatus } from './lifecycle.js';

export { relationTypes, type RelationType };

export type NodeKind = 'COMPANY' | 'PRODUCT';

export interface GraphNodeView {
  /** Company slug, or `product:<slug>` for a product, so the two never collide in one picture. */
  id: string;
  label: string;
  kind: NodeKind;
  properties: { mentionCount: number; firstSeen: string | null; lastSeen: string | null; aliases: string[] };
}

export interface GraphEdgeView {
  /** `TYPE:sourceSlug:targetSlug` (entity slugs, no `product:` prefix); `relationship(id)` accepts it. */
  id: string;
  /** Node ids, as in GraphNodeView.id. */
  source: string;
  target: string;
  type: RelationType;
  confidence: number;
  evidenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** On the day the picture is drawn for (now by default). */
  status: RelationshipStatus;
  validFrom: string | null;
  validTo: string | null;
  periods: PeriodView[];
}

export interface GraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  /** A hub's fan-out or the node limit cut something off. */
  truncated: boolean;
}

/** The node id of an entity: `nvidia` for a company, `product:h100` for a product. */
export function nodeId(kind: NodeKind, slug: string): string {
  return kind === 'PRODUCT' ? `product:${slug}` : slug;
}

/** The stable edge id: `SUPPLIES:tsmc:nvidia`. COMPETES_WITH uses the stored direction (smaller id first). */
export function edgeId(type: RelationType, sourceSlug: string, targetSlug: string): string {
  return `${type}:${sourceSlug}:${targetSlug}`;
}

/** Splits an edge id back into its parts; undefined when it is not one. */
export function parseEdgeId(id: string): { type: RelationType; source: string; target: string } | undefined {
  const parts = id.split(':');
  if (parts.length !== 3 || parts.some((p) => p === '')) return undefined;
  const [type, source, target] = parts;
  if (!(relationTypes as readonly string[]).includes(type)) return undefined;
  return { type: type as RelationType, source, target };
}
