import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/server.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestExamplesIfEmpty } from '../../src/ingest/examples.js';
import { silentLogger } from '../../src/logger.js';
import { testClient, wipe } from './helpers.js';
import { pythonEnv, runPython, type PythonRun } from './python.js';

// docs/research.md as a researcher follows it: the app serves the bundled examples on a real port
// and every ```python block of the page runs, in order, in one folder, with the virtual environment
// of tests/python/requirements.txt (only the address differs: the page's 127.0.0.1:4000 becomes the
// test server's). The worked example must print what the page shows, and that answer is checked
// against Cypher and against igraph's PageRank. The page's R code is not run (no R here).

const page = readFileSync(new URL('../../docs/research.md', import.meta.url), 'utf8');
const pythonBlocks = [...page.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]);
const worked = page.slice(page.indexOf('### Worked example'));
const shownAnswer = worked.match(/```text\n([\s\S]*?)```/)![1];

describe('docs/research.md', () => {
  let client: GraphClient;
  let server: Server;
  let folder: string;
  let python: string;
  const runs: PythonRun[] = [];

  beforeAll(async () => {
    python = pythonEnv();
    client = testClient();
    await wipe(client);
    await client.applySchema();
    await ingestExamplesIfEmpty(client);
    const app = createApp({
      client,
      logger: silentLogger,
      config: { port: 0, host: '127.0.0.1', apiToken: undefined, readToken: undefined, production: false },
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    folder = await mkdtemp(join(tmpdir(), 'newsgraph-research-'));
    for (const block of pythonBlocks) {
      runs.push(await runPython(python, ['-'], { cwd: folder, stdin: block.replaceAll('http://127.0.0.1:4000', base) }));
    }
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await client?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('has Python blocks for GraphQL, the downloads, networkx, igraph, pandas and the worked example', () => {
    const uses = ['relationships(', '/export/{name}', 'nx.read_graphml', 'ig.Graph.Read_GraphML', 'pd.read_csv', 'nx.pagerank'];
    for (const use of uses) expect(pythonBlocks.some((b) => b.includes(use)), use).toBe(true);
  });

  it('runs every Python block without an error', () => {
    expect(runs).toHaveLength(pythonBlocks.length);
    runs.forEach((run, i) => expect(run.status, `block ${i + 1}:\n${pythonBlocks[i]}\n${run.stderr}`).toBe(0));
  });

  it('pages through GraphQL to every SUPPLIES relationship', async () => {
    const [row] = await client.runText<{ n: number }>('MATCH (:Company)-[r:SUPPLIES]->() RETURN count(r) AS n');
    expect(row.n, 'more than one page of 25, so the loop is exercised').toBeGreaterThan(25);
    const graphql = runs[pythonBlocks.findIndex((b) => b.includes('relationships('))];
    expect(graphql.stdout).toMatch(new RegExp(`^${row.n} SUPPLIES relationships`));
  });

  it('the worked example prints the answer the page shows', () => {
    const run = runs[pythonBlocks.findIndex((b) => b.includes('nx.pagerank'))];
    expect(run.stdout).toBe(shownAnswer);
  });

  it("that answer is OpenAI's suppliers' suppliers, in igraph's PageRank order", async () => {
    const tier2 = await client.runText<{ name: string }>(
      `MATCH (s:Company)-[:SUPPLIES]->(:Company)-[:SUPPLIES]->(:Company {id: 'openai'})
       WHERE s.id <> 'openai' RETURN DISTINCT s.name AS name`,
    );
    const printed = shownAnswer.trim().split('\n').map((line) => line.split(/\s{2,}/)[0]);
    expect([...printed].sort()).toEqual(tier2.map((r) => r.name).sort());

    const igraph = await runPython(python, ['-'], {
      cwd: folder,
      stdin: [
        'import igraph as ig, json',
        'g = ig.Graph.Read_GraphML("supplies.graphml")',
        'reverse = ig.Graph(n=g.vcount(), edges=[(e.target, e.source) for e in g.es], directed=True)',
        'print(json.dumps(dict(zip(g.vs["label"], reverse.pagerank()))))',
      ].join('\n'),
    });
    expect(igraph.status, igraph.stderr).toBe(0);
    const rank = JSON.parse(igraph.stdout) as Record<string, number>;
    const shown = shownAnswer.trim().split('\n').map((line) => Number(line.split(/\s{2,}/)[1]));
    printed.forEach((name, i) => expect(rank[name], name).toBeCloseTo(shown[i], 2));
    expect(printed.map((name) => rank[name])).toEqual([...printed.map((name) => rank[name])].sort((a, b) => b - a));
  });
});
