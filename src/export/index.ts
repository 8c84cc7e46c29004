export { toGraphml } from './graphml.js';
export { toGexf, type GexfOptions } from './gexf.js';
export { toNodesCsv, toEdgesCsv, toEvidenceCsv } from './csv.js';
export { toCytoscape, cyNodeData, cyEdgeData, type CytoscapeJson, type CyNodeData, type CyEdgeData } from './cytoscape.js';
export { toGraphology, type GraphologyJson } from './graphology.js';
export { exportFormats, exportFiles, type ExportFile, type ExportFormat } from './formats.js';
export { listSeparator } from './records.js';
export type { ExportGraph, ExportNode, ExportEdge, ExportEvidence, ExportRelationType } from './graph-shape.js';
export { kindColor, relationColor } from './style.js';
