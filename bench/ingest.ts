// npm run bench:ingest [-- --articles N --seed S --workers W --batch-size B --heap 1g --page-cache 512m]
// Ingest throughput: generated articles → a fresh embedded Neo4j (temporary data folder), through the
// real pipeline (worker-thread extraction + batched write transactions). Reports articles/s,
// relationship writes/s, peak memory, and where the time goes (extraction vs writing).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, startEmbedded } from '../src/db/index.js';
import { createGraphClient } from '../src/graph/neo4j-client.js';
import { ingestArticles } from '../src/ingest/index.js';
import { createLogger } from '../src/logger.js';
import { generateArticles } from './generate-articles.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    workers: { type: 'string' },
    'batch-size': { type: 'string', default: '500' },
    heap: { type: 'string', default: '1g' },
    'page-cache': { type: 'string', default: '512m' },
  },
});
const count = Number(values.articles);
const logger = createLogger('info', 'bench:ingest');

const articles = generateArticles(count, Number(values.seed));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
logger.info(`${count} generated articles, ${(bytes / 1024 / 1024).toFixed(1)} MB of text`);

const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-neo4j-'));
const server = await startEmbedded(
  { dataDir, port: await freePort(), heap: values.heap, pageCache: values['page-cache'], startTimeoutMs: 180_000, detached: false },
  logger,
);
const client = createGraphClient(server.connection, { txTimeoutMs: 120_000 });
try {
  await client.applySchema();
  let lastLog = Date.now();
  const started = performance.now();
  const report = await ingestArticles(client, articles, {
    workers: values.workers === undefined ? undefined : Number(values.workers),
    batchSize: Number(values['batch-size']),
    logger,
    onProgress(p) {
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        const s = (performance.now() - started) / 1000;
        logger.info(`${p.done}/${count} articles, ${(p.done / s).toFixed(0)}/s, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
      }
    },
  });
  const t = report.timings!;
  const seconds = t.totalMs / 1000;
  const [rels] = await client.runText<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
  const [nodes] = await client.runText<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  const peakRss = process.resourceUsage().maxRSS / 1024;
  const lines = [
    `articles            ${report.results.length} (${report.counts.new} new, ${report.counts.failed} failed) in ${seconds.toFixed(1)} s`,
    `articles/s          ${(report.results.length / seconds).toFixed(0)}`,
    `graph               ${nodes!.n} nodes, ${rels!.n} relationships; ${report.counts.companiesCreated} companies, ${report.counts.productsCreated} products, ${report.counts.edgesCreated} derived edges`,
    `relationship writes ${t.relationshipWrites} in ${t.batches} transactions`,
    `  per second        ${(t.relationshipWrites / seconds).toFixed(0)} end to end, ${(t.relationshipWrites / (t.writeMs / 1000)).toFixed(0)} while writing`,
    `  stored per second ${(rels!.n / seconds).toFixed(0)} (relationships in the graph / total time)`,
    `time                extract ${(t.extractMs / 1000).toFixed(1)} s of worker CPU, write ${(t.writeMs / 1000).toFixed(1)} s on the writer, total ${seconds.toFixed(1)} s`,
    `peak RSS            ${peakRss.toFixed(0)} MB (node process incl. worker threads; Neo4j runs in its own JVM)`,
    `machine             load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  ];
  console.log(lines.join('\n'));
} finally {
  await client.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
