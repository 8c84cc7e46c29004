// npm run bench:api [-- --companies 100000 --edges 500000 --duration 10 --connections 16]
// The GraphQL API under load on a generated graph: a temporary embedded Neo4j is filled with batched
// Cypher (UNWIND), the real HTTP server runs in a child process, autocannon drives it; then the same
// read functions run straight on the driver (no HTTP, no GraphQL) with the same concurrency, for the ratio.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createApp } from '../src/api/server.js';
import { freePort, startEmbedded } from '../src/db/index.js';
import { createGraphClient, type GraphClient } from '../src/graph/neo4j-client.js';
import { getEntities } from '../src/graph/read/entities.js';
import { neighborhood } from '../src/graph/read/neighborhood.js';
import { shortestPaths } from '../src/graph/read/path.js';
import { relationshipsOfCompanies } from '../src/graph/read/relationships.js';
import { createLogger, silentLogger } from '../src/logger.js';

const { values: opts } = parseArgs({
  options: {
    companies: { type: 'string', default: '100000' },
    edges: { type: 'string', default: '500000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    serve: { type: 'string' },
    port: { type: 'string' },
  },
});

const log = createLogger('info', 'bench:api');

// A small seeded PRNG, so that every run builds the same graph.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cid = (i: number) => `c${i}`;

async function generate(client: GraphClient, companies: number, edges: number): Promise<void> {
  const started = performance.now();
  const batch = 20_000;
  for (let from = 0; from < companies; from += batch) {
    await client.runText(
      `UNWIND range($from, $to - 1) AS i
       CREATE (:Company {id: 'c' + toString(i), name: 'Company ' + toString(i), aliases: ['Co ' + toString(i)],
         aliasText: 'Co ' + toString(i), mentionCount: 1 + i % 97,
         firstSeen: datetime('2025-01-01T00:00:00Z') + duration({days: i % 200}),
         lastSeen: datetime('2025-07-20T00:00:00Z') + duration({days: i % 150}), createdAt: datetime()})`,
      { from, to: Math.min(companies, from + batch) },
    );
  }
  log.info(`${companies} companies in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Sources skewed towards low ids (a few hubs), targets anywhere; pairs unique per type.
  const random = mulberry32(42);
  const seen = new Set<string>();
  const rows: Record<'SUPPLIES' | 'COMPETES_WITH', { s: string; t: string; c: number; d: number }[]> = { SUPPLIES: [], COMPETES_WITH: [] };
  while (seen.size < edges) {
    const type = random() < 0.7 ? 'SUPPLIES' : 'COMPETES_WITH';
    let s = Math.floor(companies * random() ** 2);
    let t = Math.floor(companies * random());
    if (s === t) continue;
    if (type === 'COMPETES_WITH' && cid(t) < cid(s)) [s, t] = [t, s];
    const key = `${type}:${s}:${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows[type].push({ s: cid(s), t: cid(t), c: Math.round((0.3 + 0.7 * random()) * 100) / 100, d: Math.floor(random() * 300) });
  }
  const edgeBatch = 10_000;
  for (const type of ['SUPPLIES', 'COMPETES_WITH'] as const) {
    for (let i = 0; i < rows[type].length; i += edgeBatch) {
      await client.runText(
        `UNWIND $rows AS row
         MATCH (s:Company {id: row.s}), (t:Company {id: row.t})
         CREATE (s)-[:${type} {confidence: row.c, evidenceCount: 1,
           firstSeen: datetime('2025-01-01T00:00:00Z') + duration({days: row.d}),
           lastSeen: datetime('2025-01-01T00:00:00Z') + duration({days: row.d + 30}), createdAt: datetime()}]->(t)`,
        { rows: rows[type].slice(i, i + edgeBatch) },
      );
    }
  }
  log.info(`${edges} edges in ${((performance.now() - started) / 1000).toFixed(1)} s total`);
}

interface Scenario {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** The same read through the gateway and driver, without HTTP and GraphQL. */
  raw: (client: GraphClient, vars: Record<string, unknown>) => Promise<unknown>;
}

function scenarios(companies: number): Scenario[] {
  const random = mulberry32(7);
  const any = () => cid(Math.floor(companies * random()));
  // Ids below companies/10 carry most edges (the skewed sources above).
  const busy = () => cid(Math.floor((companies / 10) * random()));
  return [
    {
      name: 'company lookup',
      query: 'query($id: ID!) { company(id: $id) { id name aliases mentionCount firstSeen lastSeen } }',
      variables: () => ({ id: any() }),
      raw: (client, v) => getEntities(client, 'COMPANY', [v.id as string]),
    },
    {
      name: 'suppliers page',
      query: `query($id: ID!) { company(id: $id) { id suppliers(first: 25) { totalCount edges { cursor node {
        id confidence evidenceCount lastSeen source { id name } } } } } }`,
      variables: () => ({ id: any() }),
      raw: (client, v) =>
        relationshipsOfCompanies(client, [v.id as string], 'SUPPLIES', 'IN', { minConfidence: 0, since: null }, { skip: 0, limit: 25 }),
    },
    {
      name: 'neighborhood depth 2',
      query: `query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id label kind properties }
        edges { id source target type confidence evidenceCount } } }`,
      variables: () => ({ id: busy() }),
      raw: (client, v) => neighborhood(client, { id: v.id as string, depth: 2 }),
    },
    {
      name: 'path (maxHops 4)',
      query: 'query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { truncated nodes { id label } edges { id type } } }',
      variables: () => ({ from: busy(), to: busy() }),
      raw: (client, v) => shortestPaths(client, { from: v.from as string, to: v.to as string, maxHops: 4 }),
    },
  ];
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function viaHttp(port: number, s: Scenario, seconds: number, connections: number): Promise<Measured> {
  const body = () => JSON.stringify({ query: s.query, variables: s.variables() });
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: body() }),
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function viaDriver(client: GraphClient, s: Scenario, seconds: number, concurrency: number): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await s.raw(client, s.variables());
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors };
}

async function startServerChild(uri: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--serve', uri, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve();
    });
  });
  return child;
}

async function main(): Promise<void> {
  const companies = Number(opts.companies);
  const edges = Number(opts.edges);
  const seconds = Number(opts.duration);
  const connections = Number(opts.connections);
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
  const neo4j = await startEmbedded(
    { dataDir, port: await freePort(), heap: '1g', pageCache: '512m', startTimeoutMs: 180_000, detached: false },
    log,
  );
  const client = createGraphClient(neo4j.connection, { app: 'bench-api' });
  let child: ChildProcess | undefined;
  try {
    await client.applySchema();
    await generate(client, companies, edges);
    await client.runText('CALL db.awaitIndexes(300)');
    const port = await freePort();
    child = await startServerChild(neo4j.connection.uri, port);

    const rows: string[] = [];
    for (const s of scenarios(companies)) {
      // Check the query answers without errors, then warm up both paths.
      const probe = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: s.query, variables: s.variables() }),
      });
      const answer = (await probe.json()) as { errors?: unknown[] };
      if (answer.errors) throw new Error(`${s.name}: ${JSON.stringify(answer.errors)}`);
      await viaHttp(port, s, 2, connections);
      await viaDriver(client, s, 2, connections);

      const http = await viaHttp(port, s, seconds, connections);
      const raw = await viaDriver(client, s, seconds, connections);
      const line =
        `${s.name.padEnd(22)} GraphQL ${http.rps.toFixed(0).padStart(6)} req/s  p50 ${http.p50.toFixed(1).padStart(6)} ms  p99 ${http.p99.toFixed(1).padStart(7)} ms` +
        ` | driver ${raw.rps.toFixed(0).padStart(6)} req/s  p50 ${raw.p50.toFixed(1).padStart(6)} ms  p99 ${raw.p99.toFixed(1).padStart(7)} ms` +
        ` | overhead ${(raw.rps / Math.max(http.rps, 1e-9)).toFixed(2)}x` +
        (http.errors + raw.errors > 0 ? `  (errors: ${http.errors} http, ${raw.errors} driver)` : '');
      console.log(line);
      rows.push(line);
    }
    console.log(
      `\n${companies} companies, ${edges} edges; ${connections} connections, ${seconds} s per measurement; ` +
        `load average ${loadavg()[0].toFixed(1)}; ${((performance.now() - started) / 1000).toFixed(0)} s in all.` +
        `\noverhead = driver req/s ÷ GraphQL req/s (target ≤ 1.5x); lookup target ≥ 1,500 req/s.`,
    );
  } finally {
    child?.kill('SIGTERM');
    await client.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Child mode: the HTTP server alone in its process, so that autocannon does not share its event loop.
// (At the end of the file: everything above must be initialised first.)
if (opts.serve) {
  const client = createGraphClient({ uri: opts.serve, username: undefined, password: undefined, database: undefined });
  const app = createApp({
    client,
    logger: silentLogger,
    config: { port: 0, host: '127.0.0.1', apiToken: undefined, readToken: undefined, production: true },
  });
  const server = createServer(app);
  server.listen(Number(opts.port), '127.0.0.1', () => process.stdout.write('READY\n'));
  process.on('SIGTERM', () => server.close(() => void client.close().then(() => process.exit(0))));
} else {
  await main();
}
