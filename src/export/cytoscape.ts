// GraphView → Cytoscape.js elements JSON, in the shape Cytoscape desktop imports as .cyjs
// ({data, elements: {nodes, edges}}) and Cytoscape.js takes as `cytoscape({elements})`
// or `cy.add(json.elements)`. The explorer page draws the same element data.

import { type ExportGraph, type ExportNode, type ExportEdge, isDirected, nodeFacts, edgeLifecycle } from './graph-shape.js';

export interface CyNodeData {
  id: string;
  label: string;
  /** Cytoscape desktop labels nodes by `name`. */
  name: string;
  kind: ExportNode['kind'];
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  aliases: string[];
}

export interface CyEdgeData {
  id: string;
  source: string;
  target: string;
  type: ExportEdge['type'];
  label: ExportEdge['type'];
  /** Cytoscape desktop's edge column for the relationship. */
  interaction: ExportEdge['type'];
  directed: boolean;
  confidence: number;
  evidenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  status: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: 'newsgraph';
  target_cytoscapejs_version: '~3';
  data: { name: string; truncated: boolean };
  elements: { nodes: { data: CyNodeData }[]; edges: { data: CyEdgeData }[] };
}

export function cyNodeData(node: ExportNode): CyNodeData {
  const f = nodeFacts(node);
  return { id: node.id, label: node.label, name: node.label, kind: node.kind, ...f };
}

export function cyEdgeData(edge: ExportEdge): CyEdgeData {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: edge.type,
    interaction: edge.type,
    directed: isDirected(edge.type),
    confidence: edge.confidence,
    evidenceCount: edge.evidenceCount,
    firstSeen: edge.firstSeen ?? null,
    lastSeen: edge.lastSeen ?? null,
    ...edgeLifecycle(edge),
  };
}

export function toCytoscape(graph: ExportGraph): CytoscapeJson {
  return {
    format_version: '1.0',
    generated_by: 'newsgraph',
    target_cytoscapejs_version: '~3',
    data: { name: 'newsgraph', truncated: graph.truncated },
    elements: {
      nodes: graph.nodes.map((n) => ({ data: cyNodeData(n) })),
      edges: graph.edges.map((e) => ({ data: cyEdgeData(e) })),
    },
  };
}
