// GraphView → CSV for pandas, R (readr, igraph::graph_from_data_frame) and spreadsheets, RFC 4180:
// a header row, CRLF line ends, UTF-8 without a byte-order mark, a field quoted only when it holds
// a comma, a quote or a line break (quotes doubled), a missing value as an empty field.
//
// nodes.csv starts with `id` and edges.csv with `source, target`, the order igraph's and R's
// data-frame constructors expect; the other columns are the GraphML / GEXF attributes (records.ts).
// evidence.csv has one row per claim; its edgeId is the relationship's stored id.

import type { ExportEvidence, ExportGraph } from './graph-shape.js';
import { edgeColumns, edgeRecords, nodeColumns, nodeRecords, type Value } from './records.js';
import { utcInstant } from './time.js';

function field(value: Value): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function table(header: readonly string[], rows: readonly Value[][]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

export function toNodesCsv(graph: ExportGraph): string {
  return table(
    ['id', ...nodeColumns.map((c) => c.name)],
    nodeRecords(graph).map((n) => [n.id, ...nodeColumns.map((c) => n[c.name])]),
  );
}

export function toEdgesCsv(graph: ExportGraph): string {
  return table(
    ['source', 'target', 'id', ...edgeColumns.map((c) => c.name)],
    edgeRecords(graph).map((e) => [e.source, e.target, e.id, ...edgeColumns.map((c) => e[c.name])]),
  );
}

export const evidenceHeader = ['edgeId', 'sentence', 'rule', 'confidence', 'articleId', 'url', 'date'] as const;

export function toEvidenceCsv(evidence: readonly ExportEvidence[]): string {
  return table(
    evidenceHeader,
    evidence.map((e) => [e.edgeId, e.sentence, e.rule, e.confidence, e.articleId, e.url, utcInstant(e.date)]),
  );
}
