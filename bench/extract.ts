// npm run bench:extract [-- --articles N --seed S --workers W --rounds R]
// Extraction throughput on a generated corpus: first on one thread (the per-core figure), then
// with one worker thread per core (the bulk figure). Plain numbers, no thresholds.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { extract } from '../src/extract/index.js';
import type { Article } from '../src/extract/types.js';
import { generateArticles } from './generate-articles.js';

interface Slice {
  count: number;
  seed: number;
  from: number;
  to: number;
}

interface Result {
  articles: number;
  bytes: number;
  ms: number;
}

// Enough for compromise's lazy set-up and the JIT to settle before the clock starts.
const warmUpArticles = 100;
const kb = (bytes: number) => bytes / 1024;
const bytesOf = (articles: Article[]) => articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);

function timeExtraction(articles: Article[]): Result {
  const started = performance.now();
  for (const article of articles) extract(article);
  return { articles: articles.length, bytes: bytesOf(articles), ms: performance.now() - started };
}

function warmUp(articles: Article[]): void {
  for (const article of articles.slice(0, warmUpArticles)) extract(article);
}

function rates({ articles, bytes, ms }: Result): string {
  const seconds = ms / 1000;
  return `${(kb(bytes) / seconds).toFixed(1)} KB/s, ${(articles / seconds).toFixed(1)} articles/s (${(ms / articles).toFixed(2)} ms/article)`;
}

// Each worker regenerates the corpus from the seed (cheap, deterministic) instead of being sent it,
// warms up, says "ready", and times its slice when the main thread says "go", so that all start together.
function workerMain(): void {
  const { count, seed, from, to } = workerData as Slice;
  const articles = generateArticles(count, seed).slice(from, to);
  warmUp(articles);
  parentPort!.once('message', () => parentPort!.postMessage(timeExtraction(articles)));
  parentPort!.postMessage('ready');
}

async function inWorkers(count: number, seed: number, workers: number): Promise<{ wallMs: number; results: Result[] }> {
  const size = Math.ceil(count / workers);
  // Workers must load TypeScript too. `execArgv: ['--import', 'tsx']` is ignored by workers on
  // Node 20 (nodejs/node#47747: the worker fails with ERR_UNKNOWN_FILE_EXTENSION), so each
  // worker starts from a tiny JavaScript bootstrap that registers tsx, then imports this file.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const threads = Array.from(
    { length: workers },
    (_, i) =>
      new Worker(bootstrap, {
        eval: true,
        workerData: { count, seed, from: i * size, to: Math.min(count, (i + 1) * size) } satisfies Slice,
      }),
  );
  const next = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  await Promise.all(threads.map(next));
  const started = performance.now();
  const done = threads.map(next);
  for (const w of threads) w.postMessage('go');
  const results = (await Promise.all(done)) as Result[];
  const wallMs = performance.now() - started;
  await Promise.all(threads.map((w) => w.terminate()));
  return { wallMs, results };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '500' },
      rounds: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20251' },
      workers: { type: 'string', default: String(availableParallelism()) },
    },
  });
  const count = Number(values.articles);
  const seed = Number(values.seed);
  const workers = Number(values.workers);
  const rounds = Number(values.rounds);
  const articles = generateArticles(count, seed);
  const bytes = bytesOf(articles);
  console.log(`corpus: ${count} generated articles (seed ${seed}), ${kb(bytes).toFixed(0)} KB, ${(bytes / count / 1024).toFixed(2)} KB/article`);
  // The cores are shared: a busy machine shows here, not as a slow extractor.
  console.log(`cores: ${availableParallelism()} available, load average ${loadavg()[0].toFixed(2)}, node ${process.version}`);

  warmUp(articles);
  const runs: Result[] = [];
  for (let r = 1; r <= rounds; r++) {
    runs.push(timeExtraction(articles));
    console.log(`single thread, round ${r}: ${rates(runs[runs.length - 1])}`);
  }
  const single = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)];
  console.log(`single thread (per core), median of ${rounds}: ${rates(single)}`);

  const { wallMs, results } = await inWorkers(count, seed, workers);
  const total = results.reduce((t, r) => ({ articles: t.articles + r.articles, bytes: t.bytes + r.bytes, ms: wallMs }), {
    articles: 0,
    bytes: 0,
    ms: wallMs,
  });
  console.log(`${workers} worker thread(s), total: ${rates(total)}`);
  results.forEach((r, i) => console.log(`  worker ${i + 1}: ${rates(r)}`));
  console.log(`speed-up over one thread: ${(single.ms / wallMs).toFixed(2)}x`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  workerMain();
}
