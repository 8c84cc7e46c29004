// GraphView → graphology's serialized JSON (`Graph.from(json)` / `graph.import(json)`), ready
// for sigma.js: a mixed multigraph (COMPETES_WITH undirected), nodes with x, y (on a circle,
// so the picture shows before any layout runs), size and colour.

import { type ExportGraph, edgeLifecycle, isDirected, nodeFacts } from './graph-shape.js';
import { kindColor, nodeSize, relationColor } from './style.js';

export interface GraphologyJson {
  attributes: { name: string; truncated: boolean };
  options: { type: 'mixed'; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; undirected?: true; attributes: Record<string, unknown> }[];
}

export function toGraphology(graph: ExportGraph): GraphologyJson {
  const count = Math.max(1, graph.nodes.length);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    attributes: { name: 'newsgraph', truncated: graph.truncated },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: graph.nodes.map((node, i) => {
      const f = nodeFacts(node);
      const angle = (2 * Math.PI * i) / count;
      return {
        key: node.id,
        attributes: {
          label: node.label,
          kind: node.kind,
          ...f,
          x: round(100 * Math.cos(angle)),
          y: round(100 * Math.sin(angle)),
          size: nodeSize(f.mentionCount),
          color: kindColor[node.kind],
        },
      };
    }),
    edges: graph.edges.map((edge) => ({
      key: edge.id,
      source: edge.source,
      target: edge.target,
      ...(isDirected(edge.type) ? {} : { undirected: true as const }),
      attributes: {
        type: edge.type,
        label: edge.type,
        confidence: edge.confidence,
        evidenceCount: edge.evidenceCount,
        firstSeen: edge.firstSeen ?? null,
        lastSeen: edge.lastSeen ?? null,
        ...edgeLifecycle(edge),
        size: Math.min(8, 1 + edge.evidenceCount),
        color: relationColor[edge.type],
      },
    })),
  };
}
