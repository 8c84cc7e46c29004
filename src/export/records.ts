// The rows GraphML, GEXF and CSV write, and their typed columns: one list, so every format carries
// the same attributes with the same types (GraphML keys, GEXF attributes, CSV headers).
//
// These files are for analysis tools, and networkx and igraph read one direction per graph: the
// graph is directed and COMPETES_WITH, a symmetric relation, is written both ways (A→B and B→A),
// each copy with `symmetric` true. Directed algorithms (PageRank, reachability, in-degree) then
// see competitors on both sides instead of an arrow from the smaller id to the larger. The copy
// with source < target carries the stored id (the one `relationship(id:)` and evidence.csv use);
// keeping `not symmetric or source < target` gives one row per relationship.

import { type ExportEdge, type ExportGraph, type ExportNode, edgeLifecycle, isDirected, nodeFacts } from './graph-shape.js';
import { utcInstant } from './time.js';

export type ColumnType = 'string' | 'int' | 'double' | 'boolean';
export type Value = string | number | boolean | null;

/** Lists (aliases) are one string joined by this; a "|" inside an item becomes "/". */
export const listSeparator = '|';

export interface NodeRecord {
  id: string;
  label: string;
  kind: ExportNode['kind'];
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  aliases: string;
}

export interface EdgeRecord {
  source: string;
  target: string;
  id: string;
  /** The relation again, as Gephi's edge label. */
  label: ExportEdge['type'];
  relation: ExportEdge['type'];
  symmetric: boolean;
  confidence: number;
  evidenceCount: number;
  /** evidenceCount again, as Gephi's edge weight. */
  weight: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** ACTIVE, ENDING or ENDED. */
  status: string;
  /** The latest period: since when it holds (null: unknown), until when (null: no end known). */
  validFrom: string | null;
  validTo: string | null;
}

export interface Column<R> {
  name: keyof R & string;
  type: ColumnType;
}

/** Node attributes, after the id. */
export const nodeColumns: readonly Column<NodeRecord>[] = [
  { name: 'label', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'mentionCount', type: 'int' },
  { name: 'firstSeen', type: 'string' },
  { name: 'lastSeen', type: 'string' },
  { name: 'aliases', type: 'string' },
];

/** Edge attributes, after source, target and id. */
export const edgeColumns: readonly Column<EdgeRecord>[] = [
  { name: 'label', type: 'string' },
  { name: 'relation', type: 'string' },
  { name: 'symmetric', type: 'boolean' },
  { name: 'confidence', type: 'double' },
  { name: 'evidenceCount', type: 'int' },
  { name: 'weight', type: 'double' },
  { name: 'firstSeen', type: 'string' },
  { name: 'lastSeen', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'validFrom', type: 'string' },
  { name: 'validTo', type: 'string' },
];

export function nodeRecords(graph: ExportGraph): NodeRecord[] {
  return graph.nodes.map((node) => {
    const f = nodeFacts(node);
    return {
      id: node.id,
      label: node.label,
      kind: node.kind,
      mentionCount: f.mentionCount,
      firstSeen: utcInstant(f.firstSeen),
      lastSeen: utcInstant(f.lastSeen),
      aliases: f.aliases.map((a) => a.replaceAll(listSeparator, '/')).join(listSeparator),
    };
  });
}

export function edgeRecords(graph: ExportGraph): EdgeRecord[] {
  return graph.edges.flatMap((edge) => {
    const symmetric = !isDirected(edge.type);
    const record: EdgeRecord = {
      source: edge.source,
      target: edge.target,
      id: edge.id,
      label: edge.type,
      relation: edge.type,
      symmetric,
      confidence: edge.confidence,
      evidenceCount: edge.evidenceCount,
      weight: edge.evidenceCount,
      firstSeen: utcInstant(edge.firstSeen),
      lastSeen: utcInstant(edge.lastSeen),
      status: edgeLifecycle(edge).status,
      validFrom: utcInstant(edge.validFrom),
      validTo: utcInstant(edge.validTo),
    };
    if (!symmetric || edge.source === edge.target) return [record];
    const reverse = { ...record, source: edge.target, target: edge.source, id: `${edge.type}:${edge.target}:${edge.source}` };
    return [record, reverse];
  });
}
