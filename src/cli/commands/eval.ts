// newsgraph eval <corpus-dir> [--json] [--predictions file]: scores extraction against a
// labelled corpus (../shared/eval/FORMAT.md) and prints P/R/F1 and the errors to read.
import { loadConfig } from '../../config.js';
import { DomainError } from '../../errors.js';
import { loadCorpus, loadPredictions } from '../../eval/corpus.js';
import { formatReport } from '../../eval/report.js';
import { predictCorpus, scoreCorpus } from '../../eval/run.js';
import { worstArticles, type CorpusScore } from '../../eval/score.js';
import { parseCommand, usageError } from '../args.js';
import { configuredExtractor } from '../user-gazetteer.js';

export const summary = 'score extraction against a labelled corpus: P/R/F1, worst articles, missed and spurious relations';

const help = `usage: newsgraph eval <corpus-dir> [--json] [--predictions <file>] [--worst <n>] [--all]

  <corpus-dir>          a folder with articles.jsonl and gold.jsonl
  --predictions <file>  score this prediction file (one line per article, as
                        \`newsgraph extract <articles.jsonl> --jsonl\` prints)
                        instead of running the extractor
  --json                one JSON object on stdout: {"companies":{"precision","recall","f1"},
                        "products", "supplies", "competes", "relations", "counts", "articles", ...}
  --worst <n>           how many worst articles to list (default 5)
  --all                 list every missed and spurious relation (default: the first 50 of each)`;

/** Progress on stderr, only for a person watching a terminal, at most ~10 updates a second. */
function progress(label: string): { update(done: number, total: number): void; end(): void } {
  if (!process.stderr.isTTY) return { update() {}, end() {} };
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      process.stderr.write(`\r${label} ${done}/${total} (${Math.round((100 * done) / total)}%)`);
    },
    end() {
      process.stderr.write('\r\x1b[K');
    },
  };
}

function toJson(score: CorpusScore, worst: number, extra: Record<string, unknown>) {
  const { companies, products, supplies, competes, relations } = score.metrics;
  return {
    companies,
    products,
    supplies,
    competes,
    relations,
    counts: score.counts,
    articles: score.articles.length,
    worst: worstArticles(score.articles, worst).map((a) => ({ id: a.id, f1: a.f1, counts: a.counts })),
    missed: score.articles.flatMap((a) => a.missed),
    spurious: score.articles.flatMap((a) => a.spurious),
    ...extra,
  };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('eval', help, args, {
    json: { type: 'boolean', default: false },
    predictions: { type: 'string' },
    worst: { type: 'string', default: '5' },
    all: { type: 'boolean', default: false },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const worst = Number(values.worst);
  if (positionals.length !== 1) return usageError('eval', 'expects one corpus folder', help);
  if (!Number.isInteger(worst) || worst < 0) return usageError('eval', `--worst expects a whole number, got "${values.worst}"`, help);
  const extract = values.predictions === undefined ? configuredExtractor(loadConfig()) : undefined;
  try {
    const corpus = await loadCorpus(positionals[0]);
    const started = performance.now();
    let predictions;
    let failures: { id: string; message: string }[] = [];
    if (extract === undefined) {
      predictions = await loadPredictions(values.predictions!);
      const unknown = [...predictions.keys()].filter((id) => !corpus.gold.has(id));
      if (unknown.length > 0) {
        console.error(`newsgraph eval: ${unknown.length} prediction(s) for ids not in the corpus, ignored (${unknown.slice(0, 5).join(', ')}…)`);
      }
    } else {
      const bar = progress('extracting');
      ({ predictions, failures } = predictCorpus(corpus, extract, bar.update));
      bar.end();
      for (const f of failures) console.error(`newsgraph eval: extraction failed for ${f.id}: ${f.message}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const score = scoreCorpus(corpus, predictions);
    if (values.json) {
      console.log(JSON.stringify(toJson(score, worst, { corpus: corpus.dir, failures: failures.length, seconds })));
    } else {
      console.log(`${corpus.dir}: ${corpus.articles.length} article(s), ${seconds.toFixed(1)} s\n`);
      console.log(formatReport(score, { worst, maxRelations: values.all ? Infinity : 50 }));
    }
    return failures.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(`newsgraph eval: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
