// newsgraph reextract [--json] [--workers N] [--batch-size N]: read the stored articles again with this extractor.
import { loadConfig } from '../../config.js';
import { countStoredArticles } from '../../graph/read/stored-articles.js';
import { formatSummary, reextractArticles } from '../../ingest/index.js';
import { createProgressView } from '../../ingest/progress.js';
import { parseCommand, usageError } from '../args.js';
import { userCompanies } from '../user-gazetteer.js';
import { withGraph } from '../with-graph.js';

export const summary = 'read the stored articles again with this extractor (after an upgrade) and recompute their edges';

const help = `usage: newsgraph reextract [--json] [--workers N] [--batch-size N]

  Reads every stored article again from its stored text, through the same pipeline as ingest. An article
  that another extractor version read is extracted again: its claims are replaced and the edges they
  supported recomputed, as when an article is updated. Articles this extractor already read are unchanged,
  so running it again (or after an interruption) is safe. Articles stored before newsgraph kept article
  text are skipped and listed: ingest them again from their source to re-read them.

  --json        print the summary as one JSON object on stdout
  --workers N   extraction worker threads (default: cores - 1, at most 4; 0 = in-process)
  --batch-size  articles per write transaction (default 200)

Exit code 1 when any article failed.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('reextract', help, args, {
    json: { type: 'boolean', default: false },
    workers: { type: 'string' },
    'batch-size': { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length > 0) return usageError('reextract', `takes no paths (got "${positionals[0]}"): it reads the stored articles`, help);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  for (const [flag, n, raw] of [['--workers', workers, values.workers], ['--batch-size', batchSize, values['batch-size']]] as const) {
    if (n !== undefined && (!Number.isInteger(n) || n < (flag === '--workers' ? 0 : 1))) {
      return usageError('reextract', `${flag} expects a whole number, got "${raw}"`, help);
    }
  }

  const companies = userCompanies(loadConfig());
  return withGraph(async ({ client, config, logger }) => {
    const { withText } = await countStoredArticles(client);
    const view = createProgressView(withText, !!process.stderr.isTTY && config.logLevel !== 'silent', (l) => logger.info(l), 'reextract');
    const report = await reextractArticles(client, {
      logger,
      workers,
      batchSize,
      userCompanies: companies,
      onProgress(p) {
        if (p.last.status === 'failed') view.fail(`newsgraph reextract: ${p.last.id}: ${p.last.error}`);
        view.update(p);
      },
    });
    view.stop();
    const failures = report.results.filter((r) => r.status === 'failed').map(({ id, error }) => ({ id, error }));
    if (values.json) {
      console.log(JSON.stringify({ counts: { ...report.counts, skipped: report.skipped.length }, skipped: report.skipped, failures, timings: report.timings }));
    } else {
      const seconds = report.timings ? ` in ${(report.timings.totalMs / 1000).toFixed(1)} s` : '';
      console.log(`reextracted: ${formatSummary(report.counts)}${seconds}`);
      if (report.skipped.length > 0) {
        const ids = report.skipped.slice(0, 5).map((s) => s.id).join(', ') + (report.skipped.length > 5 ? ', …' : '');
        console.log(`skipped ${report.skipped.length} article(s) stored before newsgraph kept article text (ingest them again from their source): ${ids}`);
      }
    }
    return report.counts.failed > 0 ? 1 : 0;
  });
}
