// GraphView → GEXF 1.3 (https://gexf.net), Gephi's own format and networkx's `read_gexf`, as a
// *dynamic* graph: every node carries start="firstSeen" end="lastSeen" (UTC days), and every edge
// the periods it held as spells (start = when it began, no start when unknown; end = when it ended,
// none while it holds), so Gephi's timeline plays relationships starting, ending and re-opening.
// An edge without periods spans firstSeen … lastSeen; an element with no dates is present throughout.
//
// One direction for the whole graph (defaultedgetype="directed", no per-edge `type`): networkx
// refuses mixed graphs. COMPETES_WITH is written both ways with `symmetric` true (records.ts).
// `label` and `weight` (the evidence count) are GEXF's own edge attributes, the node `label` too;
// the other columns are declared attributes. The relationship type is also the edge `kind`
// (GEXF 1.3 parallel-edge kinds), never `type`, which GEXF uses for directed or undirected.

import type { ExportGraph } from './graph-shape.js';
import { type Column, type ColumnType, edgeColumns, edgeRecords, nodeColumns, nodeRecords, type Value } from './records.js';
import { kindColor, nodeSize, relationColor, rgb } from './style.js';
import { utcDay } from './time.js';
import { attrs } from './xml.js';

const gexfType: Record<ColumnType, string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

/** Written as the element's own label / weight instead. */
const builtIn = new Set(['label', 'weight']);
const nodeAttributes = nodeColumns.filter((c) => !builtIn.has(c.name));
const edgeAttributes = edgeColumns.filter((c) => !builtIn.has(c.name));

const declare = <R>(cls: 'node' | 'edge', list: readonly Column<R>[]) => [
  `    <attributes class="${cls}" mode="static">`,
  ...list.map((a) => `      <attribute${attrs({ id: a.name, title: a.name, type: gexfType[a.type] })}/>`),
  '    </attributes>',
];

const values = <R>(list: readonly Column<R>[], row: R) =>
  '<attvalues>' +
  list
    .filter((c) => row[c.name] !== null)
    .map((c) => `<attvalue${attrs({ for: c.name, value: row[c.name] as Value })}/>`)
    .join('') +
  '</attvalues>';

const color = (hex: string) => {
  const [r, g, b] = rgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
};

const spells = (periods: readonly { from: string | null; to: string | null }[]) =>
  '<spells>' + periods.map((p) => `<spell${attrs({ start: utcDay(p.from), end: utcDay(p.to) })}/>`).join('') + '</spells>';

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
  for (const node of nodeRecords(graph)) {
    out.push(
      `      <node${attrs({ id: node.id, label: node.label, start: utcDay(node.firstSeen), end: utcDay(node.lastSeen) })}>` +
        values(nodeAttributes, node) +
        color(kindColor[node.kind]) +
        `<viz:size value="${nodeSize(node.mentionCount)}"/>` +
        `<viz:shape value="${node.kind === 'PRODUCT' ? 'square' : 'disc'}"/>` +
        '</node>',
    );
  }
  out.push('    </nodes>', '    <edges>');
  const periodsOf = new Map(graph.edges.map((e) => [e.id, e.periods]));
  for (const edge of edgeRecords(graph)) {
    // The reverse copy of a COMPETES_WITH pair has the stored edge's periods.
    const periods = periodsOf.get(edge.id) ?? (edge.symmetric ? periodsOf.get(`${edge.relation}:${edge.target}:${edge.source}`) : undefined);
    const span = periods && periods.length > 0 ? {} : { start: utcDay(edge.firstSeen), end: utcDay(edge.lastSeen) };
    out.push(
      '      <edge' +
        attrs({
          id: edge.id,
          source: edge.source,
          target: edge.target,
          kind: edge.relation,
          label: edge.label,
          weight: edge.weight,
          ...span,
        }) +
        '>' +
        values(edgeAttributes, edge) +
        (periods && periods.length > 0 ? spells(periods) : '') +
        color(relationColor[edge.relation]) +
        `<viz:thickness value="${edge.evidenceCount}"/>` +
        '</edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
