// newsgraph ingest <path...> [--json] [--workers N]: read articles, extract, write them to Neo4j.
import { loadConfig } from '../../config.js';
import { formatSummary, ingestArticles, readInputs } from '../../ingest/index.js';
import { createProgressView, estimateArticles } from '../../ingest/progress.js';
import { MAX_ARTICLE_BYTES } from '../../ingest/readers/index.js';
import { parseCommand, usageError } from '../args.js';
import { userCompanies } from '../user-gazetteer.js';
import { withGraph } from '../with-graph.js';

export const summary = 'read articles (.jsonl .json .txt .md .html, folders, - for stdin) into the graph';

const help = `usage: newsgraph ingest <path...> [--json] [--workers N] [--batch-size N]

  <path>        a .jsonl (one article a line: {"id", "text", "title", "url", "source", "publishedAt"}),
                .json (one article or an array), .txt/.md (first line is the title), .html,
                a folder (read recursively), or - for standard input
  --json        print the summary as one JSON object on stdout
  --workers N   extraction worker threads (default: cores - 1, at most 4; 0 = in-process)
  --batch-size  articles read and extracted per batch (default 200; transactions are
                packed by claims and characters, at most 2,000 claims each)

An article without an id is known by its URL, else by a hash of its text. Ingesting the same content
again changes nothing; changed content replaces what the article said. Bad input (malformed line,
missing text, invalid UTF-8, binary or empty file, more than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB for one article) is reported
with file and line, and the rest goes in. Exit code 1 when any article failed.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('ingest', help, args, {
    json: { type: 'boolean', default: false },
    workers: { type: 'string' },
    'batch-size': { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError('ingest', 'expects at least one path (or - for standard input)', help);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  for (const [flag, n] of [['--workers', workers], ['--batch-size', batchSize]] as const) {
    if (n !== undefined && (!Number.isInteger(n) || n < (flag === '--workers' ? 0 : 1))) {
      return usageError('ingest', `${flag} expects a whole number, got "${flag === '--workers' ? values.workers : values['batch-size']}"`, help);
    }
  }

  const companies = userCompanies(loadConfig());
  return withGraph(async ({ client, config, logger }) => {
    const total = await estimateArticles(positionals);
    const view = createProgressView(total, !!process.stderr.isTTY && config.logLevel !== 'silent', (l) => logger.info(l));
    const report = await ingestArticles(client, readInputs(positionals), {
      logger,
      workers,
      batchSize,
      userCompanies: companies,
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
  });
}
