export { toGraphml } from './graphml.js';
export { toGexf, type GexfOptions } from './gexf.js';
export { toCytoscape, cyNodeData, cyEdgeData, type CytoscapeJson, type CyNodeData, type CyEdgeData } from './cytoscape.js';
export { toGraphology, type GraphologyJson } from './graphology.js';
export { exportFormats, type ExportFormat, serialize } from './formats.js';
export type { ExportGraph, ExportNode, ExportEdge, ExportRelationType } from './graph-shape.js';
export { kindColor, relationColor } from './style.js';
