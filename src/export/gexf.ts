// GraphView → GEXF 1.3 (https://gexf.net), Gephi's own format, as a *dynamic* graph:
// every node and edge carries start="firstSeen" end="lastSeen" (UTC days), so Gephi's
// timeline can play the graph over time; an element with no dates is present throughout.
//
// The graph is mixed: SUPPLIES and OFFERS are directed, COMPETES_WITH undirected. The
// relationship type is the edge's `kind` (GEXF 1.3 parallel-edge kinds), `label` and `relation`
// attribute (not `type`, which Gephi uses for directed/undirected); `weight` is the evidence count.

import { type ExportGraph, isDirected, nodeFacts } from './graph-shape.js';
import { kindColor, nodeSize, relationColor, rgb } from './style.js';
import { utcDay } from './time.js';
import { attrs } from './xml.js';

interface Attribute {
  id: string;
  type: 'string' | 'integer' | 'double' | 'boolean';
}

const nodeAttributes: Attribute[] = [
  { id: 'kind', type: 'string' },
  { id: 'mentionCount', type: 'integer' },
  { id: 'firstSeen', type: 'string' },
  { id: 'lastSeen', type: 'string' },
  { id: 'aliases', type: 'string' },
];

const edgeAttributes: Attribute[] = [
  { id: 'relation', type: 'string' },
  { id: 'confidence', type: 'double' },
  { id: 'evidenceCount', type: 'integer' },
  { id: 'firstSeen', type: 'string' },
  { id: 'lastSeen', type: 'string' },
];

const declare = (cls: 'node' | 'edge', list: Attribute[]) => [
  `    <attributes class="${cls}" mode="static">`,
  ...list.map((a) => `      <attribute${attrs({ id: a.id, title: a.id, type: a.type })}/>`),
  '    </attributes>',
];

const values = (pairs: Record<string, string | number | null>) =>
  '<attvalues>' +
  Object.entries(pairs)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `<attvalue${attrs({ for: k, value: v })}/>`)
    .join('') +
  '</attvalues>';

const color = (hex: string) => {
  const [r, g, b] = rgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
};

export interface GexfOptions {
  /** meta lastmodifieddate (YYYY-MM-DD); today by default. Tests pass a fixed day. */
  today?: string;
}

export function toGexf(graph: ExportGraph, options: GexfOptions = {}): string {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${today}">`,
    '    <creator>newsgraph</creator>',
    `    <description>Companies, products and their relationships read in business news${graph.truncated ? ' (truncated)' : ''}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">',
    ...declare('node', nodeAttributes),
    ...declare('edge', edgeAttributes),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const f = nodeFacts(node);
    out.push(
      `      <node${attrs({ id: node.id, label: node.label, start: utcDay(f.firstSeen), end: utcDay(f.lastSeen) })}>` +
        values({
          kind: node.kind,
          mentionCount: f.mentionCount,
          firstSeen: f.firstSeen,
          lastSeen: f.lastSeen,
          aliases: f.aliases.join(' | '),
        }) +
        color(kindColor[node.kind]) +
        `<viz:size value="${nodeSize(f.mentionCount)}"/>` +
        `<viz:shape value="${node.kind === 'PRODUCT' ? 'square' : 'disc'}"/>` +
        '</node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    out.push(
      '      <edge' +
        attrs({
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: isDirected(edge.type) ? 'directed' : 'undirected',
          kind: edge.type,
          label: edge.type,
          weight: edge.evidenceCount,
          start: utcDay(edge.firstSeen),
          end: utcDay(edge.lastSeen),
        }) +
        '>' +
        values({
          relation: edge.type,
          confidence: edge.confidence,
          evidenceCount: edge.evidenceCount,
          firstSeen: edge.firstSeen ?? null,
          lastSeen: edge.lastSeen ?? null,
        }) +
        color(relationColor[edge.type]) +
        `<viz:thickness value="${edge.evidenceCount}"/>` +
        '</edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
