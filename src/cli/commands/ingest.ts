// newsgraph ingest <path...> [--json] [--workers N]: read articles, extract, write them to Neo4j.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { ensureNeo4j } from '../../db/index.js';
import { createGraphClient } from '../../graph/neo4j-client.js';
import { formatSummary, ingestArticles, readInputs } from '../../ingest/index.js';
import { createProgressView, estimateArticles } from '../../ingest/progress.js';
import { MAX_ARTICLE_BYTES } from '../../ingest/readers/index.js';
import { createLogger } from '../../logger.js';

export const summary = 'read articles (.jsonl .json .txt .md .html, folders, - for stdin) into the graph';

const help = `usage: newsgraph ingest <path...> [--json] [--workers N] [--batch-size N]

  <path>        a .jsonl (one article a line: {"id", "text", "title", "url", "source", "publishedAt"}),
                .json (one article or an array), .txt/.md (first line is the title), .html,
                a folder (read recursively), or - for standard input
  --json        print the summary as one JSON object on stdout
  --workers N   extraction worker threads (default: cores - 1, at most 4; 0 = in-process)
  --batch-size  articles per write transaction (default 200)

An article without an id is known by its URL, else by a hash of its text. Ingesting the same content
again changes nothing; changed content replaces what the article said. Bad input (malformed line,
missing text, invalid UTF-8, binary or empty file, more than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB for one article) is reported
with file and line, and the rest goes in. Exit code 1 when any article failed.`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      workers: { type: 'string' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(help);
    return values.help ? 0 : 2;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  for (const [flag, n] of [['--workers', workers], ['--batch-size', batchSize]] as const) {
    if (n !== undefined && (!Number.isInteger(n) || n < (flag === '--workers' ? 0 : 1))) {
      console.error(`newsgraph ingest: ${flag} expects a whole number, got "${flag === '--workers' ? values.workers : values['batch-size']}"`);
      return 2;
    }
  }

  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const neo4j = await ensureNeo4j(config, logger);
  const client = createGraphClient(neo4j.connection, { logger, txTimeoutMs: config.neo4j.txTimeoutMs });
  try {
    await client.applySchema();
    const total = await estimateArticles(positionals);
    const view = createProgressView(total, !!process.stderr.isTTY && config.logLevel !== 'silent', (l) => logger.info(l));
    const report = await ingestArticles(client, readInputs(positionals), {
      logger,
      workers,
      batchSize,
      onProgress(p) {
        if (p.last.status === 'failed') view.fail(`newsgraph ingest: ${p.last.source ?? p.last.id}: ${p.last.error}`);
        view.update(p);
      },
    });
    view.stop();
    const failures = report.results.filter((r) => r.status === 'failed').map(({ id, source, error }) => ({ id, source, error }));
    if (values.json) {
      console.log(JSON.stringify({ counts: report.counts, failures, timings: report.timings }));
    } else {
      const t = report.timings;
      const seconds = t ? t.totalMs / 1000 : 0;
      console.log(`ingested: ${formatSummary(report.counts)}${t ? ` in ${seconds.toFixed(1)} s` : ''}`);
    }
    return report.counts.failed > 0 ? 1 : 0;
  } finally {
    await client.close();
    await neo4j.stop();
  }
}
