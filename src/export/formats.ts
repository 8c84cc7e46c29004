// The export formats by name, as the HTTP routes (/export/graph.<ext>) and
// `newsgraph export --format <name>` know them.

import { toCytoscape } from './cytoscape.js';
import { toGexf } from './gexf.js';
import type { ExportGraph } from './graph-shape.js';
import { toGraphml } from './graphml.js';
import { toGraphology } from './graphology.js';

export const exportFormats = {
  graphml: { file: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  gexf: { file: 'graph.gexf', contentType: 'application/gexf+xml; charset=utf-8', write: (g: ExportGraph) => toGexf(g) },
  cytoscape: {
    file: 'graph.cytoscape.json',
    contentType: 'application/json; charset=utf-8',
    write: (g: ExportGraph) => `${JSON.stringify(toCytoscape(g), null, 2)}\n`,
  },
  graphology: {
    file: 'graph.graphology.json',
    contentType: 'application/json; charset=utf-8',
    write: (g: ExportGraph) => `${JSON.stringify(toGraphology(g), null, 2)}\n`,
  },
} as const;

export type ExportFormat = keyof typeof exportFormats;

export function serialize(format: ExportFormat, graph: ExportGraph): string {
  return exportFormats[format].write(graph);
}
