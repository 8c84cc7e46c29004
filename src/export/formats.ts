// The export files by format, as the HTTP routes (/export/<file>) and
// `newsgraph export --format <name>` know them. A format is one file, or several (csv).

import { toCytoscape } from './cytoscape.js';
import { toEdgesCsv, toEvidenceCsv, toNodesCsv } from './csv.js';
import { toGexf } from './gexf.js';
import type { ExportEvidence, ExportGraph } from './graph-shape.js';
import { toGraphml } from './graphml.js';
import { toGraphology } from './graphology.js';

export interface ExportFile {
  /** Its name under /export/ and in the folder `--format csv` writes. */
  readonly file: string;
  readonly contentType: string;
  /** evidence.csv also needs the claims behind the edges (a second read). */
  readonly needsEvidence: boolean;
  write(graph: ExportGraph, evidence: readonly ExportEvidence[]): string;
}

const json = 'application/json; charset=utf-8';
const csv = 'text/csv; charset=utf-8; header=present';
const graphFile = (file: string, contentType: string, write: (g: ExportGraph) => string): ExportFile => ({ file, contentType, needsEvidence: false, write });

export type ExportFormat = 'graphml' | 'gexf' | 'cytoscape' | 'graphology' | 'csv';

export const exportFormats: Readonly<Record<ExportFormat, readonly ExportFile[]>> = {
  graphml: [graphFile('graph.graphml', 'application/graphml+xml; charset=utf-8', toGraphml)],
  gexf: [graphFile('graph.gexf', 'application/gexf+xml; charset=utf-8', (g) => toGexf(g))],
  cytoscape: [graphFile('graph.cytoscape.json', json, (g) => `${JSON.stringify(toCytoscape(g), null, 2)}\n`)],
  graphology: [graphFile('graph.graphology.json', json, (g) => `${JSON.stringify(toGraphology(g), null, 2)}\n`)],
  csv: [
    graphFile('nodes.csv', csv, toNodesCsv),
    graphFile('edges.csv', csv, toEdgesCsv),
    { file: 'evidence.csv', contentType: csv, needsEvidence: true, write: (_graph, evidence) => toEvidenceCsv(evidence) },
  ],
};

export const exportFiles: readonly ExportFile[] = Object.values(exportFormats).flat();
