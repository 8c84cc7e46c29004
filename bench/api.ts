// npm run bench:api [-- --companies 100000 --edges 500000 --duration 10 --connections 16]
// npm run bench:api -- --compare [--rounds 6 --connections 32 …]: newsgraph, @neo4j/graphql and the raw driver (api-compare.ts)
// The GraphQL API under load on a generated graph: a temporary embedded Neo4j is filled with batched
// Cypher (UNWIND), the real HTTP server runs in a child process, a closed-loop client (http-load.ts) drives it; then the same
// read functions run straight on the driver (no HTTP, no GraphQL) with the same concurrency, for the ratio.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, startEmbedded } from '../src/db/index.js';
import { createGraphClient, type GraphClient } from '../src/graph/neo4j-client.js';
import { getEntities } from '../src/graph/read/entities.js';
import { neighborhood } from '../src/graph/read/neighborhood.js';
import { shortestPaths } from '../src/graph/read/path.js';
import { relationshipsOfCompanies } from '../src/graph/read/relationships.js';
// @ts-expect-error bin/ is plain JavaScript without types
import { compiledEntry } from '../bin/entry.js';
import { compare, serveNeo4jGraphql } from './api-compare.js';
import { cid, generate, log, mulberry32, startChild, viaDriver, viaHttp } from './api-shared.js';

const { values: opts } = parseArgs({
  options: {
    companies: { type: 'string', default: '100000' },
    edges: { type: 'string', default: '500000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string' },
    compare: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '6' },
    serve: { type: 'string' },
    'serve-neo4j-graphql': { type: 'string' },
    engines: { type: 'boolean', default: false },
    'graphql-js': { type: 'boolean', default: false },
    port: { type: 'string' },
  },
});

/** Where the child serves newsgraph from, as `npm start` would: the build (dist/) when it is up to date with src/, else the source. */
const servedFrom = () => (compiledEntry(fileURLToPath(new URL('..', import.meta.url))) ? '../dist' : '../src');

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

async function main(): Promise<void> {
  const companies = Number(opts.companies);
  const edges = Number(opts.edges);
  const seconds = Number(opts.duration);
  const connections = Number(opts.connections ?? (opts.compare ? 32 : 16));
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
    const from = servedFrom();
    log.info(`newsgraph serves from ${from.slice(3)}/${from === '../src' ? ' (through tsx: run `npm run build` to measure what `npm start` runs)' : ''}`);
    if (opts.compare) {
      await compare({
        client, uri: neo4j.connection.uri, companies, seconds, rounds: Number(opts.rounds), connections,
        script: fileURLToPath(import.meta.url), freePort, dbPid: neo4j.pid, engines: opts.engines,
      });
      return;
    }
    const port = await freePort();
    child = await startChild(fileURLToPath(import.meta.url), ['--serve', neo4j.connection.uri, '--port', String(port)]);

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
      await viaDriver(() => s.raw(client, s.variables()), 2, connections);

      const http = await viaHttp(port, s, seconds, connections);
      const raw = await viaDriver(() => s.raw(client, s.variables()), seconds, connections);
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
        `\noverhead = driver req/s ÷ GraphQL req/s (target ≤ 1.5x); lookup targets ≥ 2,500 req/s and p99 ≤ 20 ms at 32 connections (--connections 32).`,
    );
  } finally {
    child?.kill('SIGTERM');
    await client.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Child mode: the HTTP server alone in its process, so that the load does not share its event loop.
// (At the end of the file: everything above must be initialised first.)
if (opts['serve-neo4j-graphql']) {
  await serveNeo4jGraphql(opts['serve-neo4j-graphql'], Number(opts.port));
} else if (opts.serve) {
  const build = servedFrom();
  const { createApp } = (await import(`${build}/api/server.js`)) as typeof import('../src/api/server.js');
  const { createGraphClient } = (await import(`${build}/graph/neo4j-client.js`)) as typeof import('../src/graph/neo4j-client.js');
  const { silentLogger } = (await import(`${build}/logger.js`)) as typeof import('../src/logger.js');
  const client = createGraphClient({ uri: opts.serve, username: undefined, password: undefined, database: undefined });
  const app = createApp({
    client,
    logger: silentLogger,
    config: { port: 0, host: '127.0.0.1', apiToken: undefined, readToken: undefined, production: true },
    jit: !opts['graphql-js'],
  });
  const server = createServer(app);
  server.listen(Number(opts.port), '127.0.0.1', () => process.stdout.write('READY\n'));
  process.on('SIGTERM', () => server.close(() => void client.close().then(() => process.exit(0))));
} else {
  await main();
}
