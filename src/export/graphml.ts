// GraphView → GraphML (http://graphml.graphdrawing.org), read by Gephi, yEd, Cytoscape,
// NetworkX and graphology-graphml.
//
// The graph is declared undirected and SUPPLIES / OFFERS edges carry directed="true":
// COMPETES_WITH is symmetric, and readers that honour only `directed="true"` (graphology-graphml
// among them) then read every edge right. The relationship type is the edge's `label` and its
// `relation` attribute: Gephi keeps a built-in "Type" (directed or not) that a `type` would clash with.

import { type ExportGraph, isDirected, nodeFacts } from './graph-shape.js';
import { attrs, escapeXml } from './xml.js';

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

const keys: Key[] = [
  { id: 'truncated', for: 'graph', name: 'truncated', type: 'boolean' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_mentions', for: 'node', name: 'mentionCount', type: 'int' },
  { id: 'n_first', for: 'node', name: 'firstSeen', type: 'string' },
  { id: 'n_last', for: 'node', name: 'lastSeen', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'e_confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'e_evidence', for: 'edge', name: 'evidenceCount', type: 'int' },
  { id: 'e_first', for: 'edge', name: 'firstSeen', type: 'string' },
  { id: 'e_last', for: 'edge', name: 'lastSeen', type: 'string' },
];

const data = (key: string, value: string | number | boolean | null) =>
  value === null ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;

export function toGraphml(graph: ExportGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  <key${attrs({ id: k.id, for: k.for, 'attr.name': k.name, 'attr.type': k.type })}/>`),
    '  <graph id="newsgraph" edgedefault="undirected">',
    `    ${data('truncated', graph.truncated)}`,
  ];
  for (const node of graph.nodes) {
    const f = nodeFacts(node);
    out.push(
      `    <node${attrs({ id: node.id })}>` +
        data('n_label', node.label) +
        data('n_kind', node.kind) +
        data('n_mentions', f.mentionCount) +
        data('n_first', f.firstSeen) +
        data('n_last', f.lastSeen) +
        data('n_aliases', f.aliases.join(' | ')) +
        '</node>',
    );
  }
  for (const edge of graph.edges) {
    out.push(
      `    <edge${attrs({ id: edge.id, source: edge.source, target: edge.target, directed: isDirected(edge.type) ? 'true' : 'false' })}>` +
        data('e_label', edge.type) +
        data('e_relation', edge.type) +
        data('e_weight', edge.evidenceCount) +
        data('e_confidence', edge.confidence) +
        data('e_evidence', edge.evidenceCount) +
        data('e_first', edge.firstSeen ?? null) +
        data('e_last', edge.lastSeen ?? null) +
        '</edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
