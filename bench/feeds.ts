// npm run bench:feeds [-- --rounds 3 --duration 10 --items 200 --page-kb 300 --connections 8]
// Does following feeds slow the API? A temporary embedded Neo4j holds a generated graph; two API servers run in
// child processes on it, each with a feed poller wired one of three ways: `main` reads each item's page
// (Readability) on the server's event loop and extracts in a worker started per poll (how the server read
// feeds before), `worker` reads and extracts in the one long-lived worker thread at the lowest CPU priority
// (feeds/reader-worker.ts, as `newsgraph serve` does now), `worker-0` the same at the process's priority. A local HTTP server (this process) serves feeds of `items` items whose
// pages are large news pages (bench/feed-pages.ts); a poll reads 50 new items. The closed-loop client (http-load.ts) measures company
// lookups with no poll running (quiet) and while the server polls a new feed (polling). Rounds interleave
// the two servers, so that the machine's other load falls on both alike.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../src/api/server.js';
import { freePort, startEmbedded } from '../src/db/index.js';
import { followFeed } from '../src/feeds/manage.js';
import { createPoller } from '../src/feeds/poller.js';
import { readerWorker } from '../src/feeds/reader-worker.js';
import { createGraphClient } from '../src/graph/neo4j-client.js';
import { ingestArticles } from '../src/ingest/pipeline.js';
import { createLogger, silentLogger } from '../src/logger.js';
import { cid, generate, mulberry32, type Measured, viaHttp } from './api-shared.js';
import { newsPage } from './feed-pages.js';
import { generateArticles } from './generate-articles.js';

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    items: { type: 'string', default: '200' },
    'page-kb': { type: 'string', default: '300' },
    connections: { type: 'string', default: '8' },
    companies: { type: 'string', default: '20000' },
    edges: { type: 'string', default: '100000' },
    serve: { type: 'string' },
    mode: { type: 'string' },
    port: { type: 'string' },
  },
});

const log = createLogger('info', 'bench:feeds');

type Mode = 'main' | 'worker' | 'worker-0';
const MODES: Mode[] = ['main', 'worker', 'worker-0'];

/** The news site: /feed/<name>.xml lists `items` stories, /news/<name>/<i> is each one's page. */
async function startSite(items: number, pageKb: number) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const feed = /^\/feed\/(\d+)\.xml$/.exec(url.pathname);
    const page = /^\/news\/(\d+)\/(\d+)$/.exec(url.pathname);
    if (feed) {
      const seed = Number(feed[1]);
      const entries = generateArticles(items, seed).map(
        (a, i) => `<item><title>${a.title}</title><link>${base}/news/${seed}/${i}</link><guid>${seed}-${i}</guid><description>${a.text.slice(0, 300)}</description></item>`,
      );
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench ${seed}</title><link>${base}</link>${entries.join('')}</channel></rss>`);
    }
    if (page) {
      const article = generateArticles(Number(page[2]) + 1, Number(page[1]))[Number(page[2])]!;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(newsPage(article, url.pathname, pageKb));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A server child: answers GraphQL, and on a line "poll <url>" on stdin follows that feed and polls it. */
interface Child {
  process: ChildProcess;
  port: number;
  poll(url: string): Promise<string>;
}

async function startServerChild(uri: string, mode: Mode): Promise<Child> {
  const port = await freePort();
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, '--serve', uri, '--mode', mode, '--port', String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const next = () => new Promise<string>((resolve) => lines.once('line', resolve));
  const ready = await next();
  if (ready !== 'READY') throw new Error(`bench server (${mode}): ${ready}`);
  return {
    process: child,
    port,
    poll(url) {
      child.stdin!.write(`poll ${url}\n`);
      return next();
    },
  };
}

const fmt = (m: Measured) => `${m.rps.toFixed(0).padStart(5)} req/s  p50 ${m.p50.toFixed(1).padStart(6)} ms  p99 ${m.p99.toFixed(1).padStart(7)} ms`;

async function main(): Promise<void> {
  const rounds = Number(opts.rounds);
  const seconds = Number(opts.duration);
  const connections = Number(opts.connections);
  const companies = Number(opts.companies);
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-feeds-'));
  const neo4j = await startEmbedded({ dataDir, port: await freePort(), heap: '1g', pageCache: '512m', startTimeoutMs: 180_000, detached: false }, log);
  const client = createGraphClient(neo4j.connection, { app: 'bench-feeds' });
  const site = await startSite(Number(opts.items), Number(opts['page-kb']));
  const children: Child[] = [];
  try {
    await client.applySchema();
    await generate(client, companies, Number(opts.edges));
    await client.runText('CALL db.awaitIndexes(300)');
    for (const mode of MODES) children.push(await startServerChild(neo4j.connection.uri, mode));
    const random = mulberry32(7);
    const lookup = {
      query: 'query($id: ID!) { company(id: $id) { id name aliases mentionCount firstSeen lastSeen } }',
      variables: () => ({ id: cid(Math.floor(companies * random())) }),
    };
    let feedSeed = 100;
    // Warm-up: each server answers, and polls a feed once (its extractor and page reader loaded).
    for (const child of children) {
      await viaHttp(child.port, lookup, 2, connections);
      await child.poll(`${site.base}/feed/${feedSeed++}.xml`);
    }
    const results: Record<Mode, { quiet: Measured[]; polling: Measured[]; pollMs: number[] }> = {
      main: { quiet: [], polling: [], pollMs: [] },
      worker: { quiet: [], polling: [], pollMs: [] },
      'worker-0': { quiet: [], polling: [], pollMs: [] },
    };
    for (let round = 0; round < rounds; round++) {
      // Each round starts with the next mode, so that every mode is measured first, in the middle and last.
      for (const mode of MODES.map((_, i) => MODES[(i + round) % MODES.length]!)) {
        const child = children[MODES.indexOf(mode)]!;
        const quiet = await viaHttp(child.port, lookup, seconds, connections);
        const started = performance.now();
        const polled = child.poll(`${site.base}/feed/${feedSeed++}.xml`).then((line) => ({ line, ms: performance.now() - started }));
        const polling = await viaHttp(child.port, lookup, seconds, connections);
        const { line, ms } = await polled;
        results[mode].quiet.push(quiet);
        results[mode].polling.push(polling);
        results[mode].pollMs.push(ms);
        log.info(`round ${round + 1} ${mode.padEnd(8)} quiet ${fmt(quiet)} | polling ${fmt(polling)} | poll ${(ms / 1000).toFixed(1)} s (${line})`);
      }
    }
    const range = (xs: number[], digits: number) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
    // The machine's other load moves from one measurement to the next; polling ÷ quiet of the same round is steadier.
    const ratio = (mode: Mode, f: (m: Measured) => number) => results[mode].polling.map((m, i) => f(m) / f(results[mode].quiet[i]!));
    console.log(`\n| poller | lookups | req/s | p50 ms | p99 ms |\n|---|---|---|---|---|`);
    for (const mode of MODES) {
      for (const when of ['quiet', 'polling'] as const) {
        const ms = results[mode][when];
        console.log(`| ${mode} | ${when} | ${range(ms.map((m) => m.rps), 0)} | ${range(ms.map((m) => m.p50), 1)} | ${range(ms.map((m) => m.p99), 1)} |`);
      }
      console.log(`| ${mode} | polling ÷ quiet | ${range(ratio(mode, (m) => m.rps), 2)} | ${range(ratio(mode, (m) => m.p50), 1)} | ${range(ratio(mode, (m) => m.p99), 1)} |`);
    }
    console.log(
      `\nranges over ${rounds} interleaved rounds; ${seconds} s per measurement, ${connections} connections; ` +
        `feeds of ${opts.items} items, pages of ${opts['page-kb']} KB, 50 items read per poll; ` +
        `poll time ${MODES.map((m) => `${m} ${range(results[m].pollMs.map((x) => x / 1000), 1)} s`).join(', ')}; ` +
        `load average ${loadavg()[0].toFixed(1)}.`,
    );
  } finally {
    for (const child of children) child.process.kill('SIGTERM');
    await site.close();
    await client.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Child mode: one API server with its poller, alone in its process.
async function serve(uri: string, mode: Mode, port: number): Promise<void> {
  const client = createGraphClient({ uri, username: undefined, password: undefined, database: undefined });
  const app = createApp({
    client,
    logger: silentLogger,
    config: { port: 0, host: '127.0.0.1', apiToken: undefined, readToken: undefined, production: true },
  });
  const reader = mode === 'main' ? undefined : readerWorker(silentLogger, [], undefined, mode === 'worker');
  const poller = createPoller({
    client,
    logger: silentLogger,
    concurrency: 2,
    limits: { timeoutMs: 60_000, maxBytes: 5_000_000, allowPrivate: true },
    readPage: reader?.pageText,
    ingest: async (articles, options) =>
      ingestArticles(client, articles, { ...(reader ? { extractor: await reader.pool() } : { workers: 1, smallInput: 0 }), ...options }),
  });
  const server = createServer(app);
  server.listen(port, '127.0.0.1', () => process.stdout.write('READY\n'));
  createInterface({ input: process.stdin }).on('line', (line) => {
    const url = line.replace(/^poll /, '');
    void followFeed(client, url, '30m', true)
      .then(() => poller.pollDue())
      .then(
        (results) => process.stdout.write(`${results.map((r) => `${r.status}: ${r.ingested} ingested, ${r.failed} failed`).join('; ')}\n`),
        (error: unknown) => process.stdout.write(`error: ${(error as Error).message}\n`),
      );
  });
  process.on('SIGTERM', () => server.close(() => void Promise.all([poller.close(), reader?.close()]).then(() => client.close()).then(() => process.exit(0))));
}

if (opts.serve) await serve(opts.serve, opts.mode as Mode, Number(opts.port));
else await main();
