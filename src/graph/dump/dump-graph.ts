import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';
import { encodeProps, NodeLabel, type NodeLine, nodeKeys, RelType, type RelLine, UnsupportedValueError } from './format.js';

// Reads the whole graph for a dump: every node, then every relationship, each streamed from one read
// statement so that neither side holds the graph in memory. Anything the format does not know (a label,
// a relationship type, a kind of value) stops the dump: a backup that silently lost part of the graph
// would be found out only on restore. The one thing left out on purpose, unless asked for: webhook secrets
// (a dump is copied about more than the database is; a webhook loaded without its secret sends nothing until
// it is added again).

const q = loadQueries(['count-graph', 'dump-nodes', 'dump-relationships'] as const);

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function countGraph(client: GraphClient): Promise<GraphCounts> {
  const [row] = await client.read<GraphCounts>(q['count-graph']);
  return row ?? { nodes: 0, relationships: 0 };
}

interface NodeRow {
  labels: string[];
  props: Record<string, unknown>;
  types: Array<[string, string]>;
}

interface RelRow {
  type: string;
  fromLabels: string[];
  fromKey: unknown;
  toLabels: string[];
  toKey: unknown;
  props: Record<string, unknown>;
  types: Array<[string, string]>;
}

function labelOf(labels: string[], key: unknown): NodeLabel {
  const parsed = labels.length === 1 ? NodeLabel.safeParse(labels[0]) : undefined;
  if (!parsed?.success || typeof key !== 'string') {
    const name = labels.length ? labels.map((l) => `:${l}`).join('') : 'without a label';
    throw new UnsupportedValueError(
      `the graph holds a node ${name}${typeof key === 'string' ? ` ("${key}")` : ''} that is not one of newsgraph's (${NodeLabel.options.join(', ')}) with its key; a dump would lose it`,
    );
  }
  return parsed.data;
}

export interface DumpOptions {
  /** Bounds each of the two reads (0, the default: no limit). */
  timeoutMs?: number;
  /** Keep each webhook's `secret` (default: left out). */
  withSecrets?: boolean;
}

/** The dump's lines but the header and the end. */
export async function* dumpGraph(client: GraphClient, { timeoutMs = 0, withSecrets = false }: DumpOptions = {}): AsyncIterable<NodeLine | RelLine> {
  for await (const row of client.stream<NodeRow>(q['dump-nodes'], {}, { timeoutMs })) {
    const label = labelOf(row.labels, row.props[nodeKeys[row.labels[0] as NodeLabel] ?? 'id']);
    if (label === 'Webhook' && !withSecrets) {
      delete row.props.secret;
      row.types = row.types.filter(([key]) => key !== 'secret');
    }
    yield { node: label, ...encodeProps(row.props, row.types, `${label} "${String(row.props[nodeKeys[label]])}"`) } as NodeLine;
  }
  for await (const row of client.stream<RelRow>(q['dump-relationships'], {}, { timeoutMs })) {
    const type = RelType.safeParse(row.type);
    if (!type.success) throw new UnsupportedValueError(`the graph holds a relationship :${row.type}, which newsgraph does not store; a dump would lose it`);
    const from = labelOf(row.fromLabels, row.fromKey);
    const to = labelOf(row.toLabels, row.toKey);
    const what = `${type.data} from ${from} "${String(row.fromKey)}" to ${to} "${String(row.toKey)}"`;
    yield { rel: type.data, from: [from, row.fromKey as string], to: [to, row.toKey as string], ...encodeProps(row.props, row.types, what) } as RelLine;
  }
}
