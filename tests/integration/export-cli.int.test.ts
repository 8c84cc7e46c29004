import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/export.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { createFixtureGraph } from './api-fixture.js';
import { testClient, wipe } from './helpers.js';

// `newsgraph export` in-process, against the NEO4J_URI the global setup published.

const Graph = graphology as unknown as typeof graphology.default;

describe('newsgraph export', () => {
  let client: GraphClient;
  let dir: string;
  let counts: { nodes: number; edges: number; competes: number };

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'error';
    client = testClient();
    await wipe(client);
    await client.applySchema();
    await createFixtureGraph(client);
    const [row] = await client.runText<{ nodes: number; edges: number; competes: number }>(
      `CALL { MATCH (n) WHERE n:Company OR n:Product RETURN count(n) AS nodes }
       CALL { MATCH (:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->() RETURN count(r) AS edges }
       CALL { MATCH (:Company)-[r:COMPETES_WITH]->() RETURN count(r) AS competes }
       RETURN nodes, edges, competes`,
    );
    counts = row;
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-export-'));
  });

  afterAll(async () => {
    await client?.close();
    await rm(dir, { recursive: true, force: true });
    delete process.env.LOG_LEVEL;
  });

  // GraphML and GEXF write each COMPETES_WITH pair both ways; graphology keeps it once, undirected.
  it.each([
    ['graphml', (text: string) => parseGraphml(Graph, text), true],
    ['gexf', (text: string) => parseGexf(Graph, text), true],
    ['graphology', (text: string) => Graph.from(JSON.parse(text)), false],
  ])('--format %s --out writes the whole graph', async (format, read, bothWays) => {
    const out = join(dir, `graph.${format}`);
    expect(await run(['--format', format, '--out', out])).toBe(0);
    const graph = read(await readFile(out, 'utf8'));
    expect([graph.order, graph.size]).toEqual([counts.nodes, counts.edges + (bothWays ? counts.competes : 0)]);
  });

  it('--format csv --out DIR writes nodes.csv, edges.csv and evidence.csv into a new folder', async () => {
    const out = join(dir, 'tables', 'csv');
    expect(await run(['--format', 'csv', '--out', out])).toBe(0);
    const rows = async (file: string) => (await readFile(join(out, file), 'utf8')).split('\r\n').slice(1, -1);
    expect(await rows('nodes.csv')).toHaveLength(counts.nodes);
    expect(await rows('edges.csv')).toHaveLength(counts.edges + counts.competes);
    const [claims] = await client.runText<{ n: number }>('MATCH (a:Assertion) RETURN count(a) AS n');
    expect(await rows('evidence.csv')).toHaveLength(claims.n);
  });

  it('--format cytoscape --company --depth writes a neighbourhood to stdout', async () => {
    const chunks: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string, cb?: () => void) => {
      chunks.push(String(chunk));
      cb?.();
      return true;
    }) as typeof process.stdout.write);
    try {
      expect(await run(['--format', 'cytoscape', '--company', 'apple', '--depth', '1'])).toBe(0);
    } finally {
      write.mockRestore();
    }
    const json = JSON.parse(chunks.join('')) as { elements: { nodes: { data: { id: string } }[] } };
    expect(json.elements.nodes.map((n) => n.data.id).sort()).toEqual(['apple', 'foxconn', 'product:iphone', 'tsmc']);
  });

  it.each([
    [['--format', 'svg'], 2],
    [['--format', 'gexf', '--types', 'OWNS'], 2],
    [['--format', 'gexf', '--depth', '2'], 2],
    [['--format', 'gexf', '--company', 'no-such-company'], 1],
  ])('%j exits %i with a message', async (args, code) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await run(args)).toBe(code);
      expect(error).toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});
