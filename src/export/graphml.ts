// GraphView → GraphML (http://graphml.graphdrawing.org), read by networkx (`read_graphml`),
// igraph (`Graph.Read_GraphML`, R `read_graph(format = "graphml")`), Gephi, yEd and Cytoscape.
//
// One direction for the whole graph (edgedefault="directed", no per-edge `directed`): networkx
// refuses mixed graphs and igraph ignores the per-edge flag. COMPETES_WITH is written both ways
// with `symmetric` true (records.ts). Every attribute is a typed key from the shared column list;
// the relationship type is `label` and `relation`, as Gephi keeps a built-in "Type" of its own.

import type { ExportGraph } from './graph-shape.js';
import { type Column, type ColumnType, edgeColumns, edgeRecords, nodeColumns, nodeRecords, type Value } from './records.js';
import { attrs, escapeXml } from './xml.js';

const graphmlType: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean' };

const keyId = (scope: 'node' | 'edge', name: string) => `${scope[0]}_${name}`;

const declare = <R>(scope: 'node' | 'edge', columns: readonly Column<R>[]) =>
  columns.map((c) => `  <key${attrs({ id: keyId(scope, c.name), for: scope, 'attr.name': c.name, 'attr.type': graphmlType[c.type] })}/>`);

const data = (key: string, value: Value) => (value === null ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`);

const values = <R>(scope: 'node' | 'edge', columns: readonly Column<R>[], row: R) =>
  columns.map((c) => data(keyId(scope, c.name), row[c.name] as Value)).join('');

export function toGraphml(graph: ExportGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="truncated" for="graph" attr.name="truncated" attr.type="boolean"/>',
    ...declare('node', nodeColumns),
    ...declare('edge', edgeColumns),
    '  <graph id="newsgraph" edgedefault="directed">',
    `    ${data('truncated', graph.truncated)}`,
  ];
  for (const node of nodeRecords(graph)) {
    out.push(`    <node${attrs({ id: node.id })}>${values('node', nodeColumns, node)}</node>`);
  }
  for (const edge of edgeRecords(graph)) {
    out.push(`    <edge${attrs({ id: edge.id, source: edge.source, target: edge.target })}>${values('edge', edgeColumns, edge)}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
