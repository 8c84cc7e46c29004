import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';
import { decodeProps, type NodeLine, type RelLine } from './format.js';

// Writes a dump's lines into the database: nodes, then relationships between them, in transactions of
// at most 1,000 rows or about 8 MB of properties (articles carry their text), so that a big dump never
// asks Neo4j for more heap than an ingest batch does. The caller has checked the whole file first.

const q = loadQueries(['load-nodes', 'load-relationships', 'delete-some-relationships', 'delete-some-nodes'] as const);

export interface LoadCounts {
  nodes: number;
  relationships: number;
}

/** A line that parses but cannot be stored (a relationship to a node the dump does not hold). */
export class DumpContentError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_ROWS = 1000;
const MAX_BYTES = 8 * 1024 * 1024;

export async function loadGraph(
  client: GraphClient,
  lines: AsyncIterable<{ line: number; bytes: number; value: NodeLine | RelLine }>,
  onProgress: (done: LoadCounts) => void = () => {},
): Promise<LoadCounts> {
  const done: LoadCounts = { nodes: 0, relationships: 0 };
  let nodes: Array<Record<string, unknown>> = [];
  let rels: Array<Record<string, unknown> & { line: number }> = [];
  let bytes = 0;

  const flush = async () => {
    if (nodes.length > 0) {
      const rows = nodes;
      await client.writeTransaction((tx) => tx.run(q['load-nodes'], { rows }), 'load-nodes');
      done.nodes += rows.length;
    }
    if (rels.length > 0) {
      const rows = rels;
      const created = await client.writeTransaction((tx) => tx.run<{ line: number }>(q['load-relationships'], { rows }), 'load-relationships');
      if (created.length < rows.length) {
        // The transaction stored the others; the caller says the load is incomplete.
        const made = new Set(created.map((r) => r.line));
        const missing = rows.find((r) => !made.has(r.line))!;
        throw new DumpContentError(missing.line, `a ${String(missing.type)} relationship from ${String(missing.fromLabel)} "${String(missing.from)}" to ${String(missing.toLabel)} "${String(missing.to)}", but the dump holds no such node`);
      }
      done.relationships += rows.length;
    }
    nodes = [];
    rels = [];
    bytes = 0;
    onProgress({ ...done });
  };

  for await (const { line, bytes: size, value } of lines) {
    if ('node' in value) {
      nodes.push({ label: value.node, ...decodeProps(value.props, value.types) });
    } else {
      if (nodes.length > 0) await flush();
      const [fromLabel, from] = value.from;
      const [toLabel, to] = value.to;
      rels.push({ line, type: value.rel, fromLabel, from, toLabel, to, ...decodeProps(value.props, value.types) });
    }
    bytes += size;
    if (nodes.length + rels.length >= MAX_ROWS || bytes >= MAX_BYTES) await flush();
  }
  await flush();
  return done;
}

/** Deletes everything, a step at a time (a whole graph in one transaction could exhaust the heap). */
export async function emptyGraph(client: GraphClient, step = 10_000): Promise<void> {
  for (const query of [q['delete-some-relationships'], q['delete-some-nodes']]) {
    for (;;) {
      const [row] = await client.write<{ deleted: number }>(query, { limit: step });
      if (!row || row.deleted === 0) break;
    }
  }
}
