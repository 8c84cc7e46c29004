import { DatabaseError } from '../errors.js';
import type { CompanyEntry } from '../extract/index.js';
import type { Article } from '../extract/types.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import { type ArticleWrite, isCurrent, type SameStory, type StoredArticle, storedHashes, writeArticles } from '../graph/write/index.js';
import { type Logger, silentLogger } from '../logger.js';
import { defaultWorkerCount, type ExtractorPool, inProcessExtractor, workerExtractor } from './extractor-pool.js';
import { toRecord } from './prepare.js';
import { isReadError, type ReadArticle, type ReadError } from './readers/index.js';
import { toArticle } from './readers/schema.js';
import { emptyCounts, type IngestProgress, type IngestReport, type IngestResult } from './report.js';
import { bounded, packByBudget, weightOf } from './write-budget.js';

// Articles → graph. Batches of articles flow through three steps: skip the unchanged (hash + extractor),
// extract the rest in worker threads, write each batch. Extraction of the next batch
// overlaps the write of the current one. Each batch is written in transactions packed by what they carry
// (write-budget.ts). A transaction that fails is retried in halves, so one bad article fails alone and
// everything else goes in; unless the database itself failed
// (DatabaseError: each retry would wait out the driver's ~30 s of retries), which fails the batch at once
// and stops the run: the articles not read yet are not reported.

export interface IngestOptions {
  logger?: Logger;
  /** Extraction worker threads; 0 extracts on this thread. Default: cores - 1, at most 4. */
  workers?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Articles read and extracted per batch; transactions are packed by weight (write-budget.ts). Default 200. */
  batchSize?: number;
  /** Module exporting `extract(article)` and `EXTRACTOR_VERSION`; tests pass a stand-in. Default: src/extract/index. */
  extractModule?: string;
  /** Companies from the user's gazetteer (NEWSGRAPH_GAZETTEER), added to the bundled one in every extractor. */
  userCompanies?: readonly CompanyEntry[];
  /**
   * Below this many articles extraction runs on this thread (default 8: starting workers costs more than it saves).
   */
  smallInput?: number;
  /**
   * A pool kept by the caller, used instead of starting one (and left open): the feed poller inside the API
   * server extracts in its one long-lived worker (feeds/reader-worker.ts).
   */
  extractor?: ExtractorPool;
  /**
   * Feeds: an article that is the same story as a stored one (feeds/dedupe.ts judge) is not stored; its URL becomes
   * the stored article's `alsoAt`, decided inside the write transaction (graph/write/copies.ts). Its result is
   * `unchanged` with `duplicateOf`.
   */
  sameStory?: SameStory;
}

type Item = Article | ReadArticle | ReadError;

/** Below this many articles, extraction runs in-process: starting workers costs more than it saves. */
const SMALL_INPUT = 8;

interface Prepared {
  results: IngestResult[];
  writes: Array<ArticleWrite & { origin?: string }>;
}

export async function ingestArticles(
  client: GraphClient,
  articles: AsyncIterable<Item> | Iterable<Item>,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const report: IngestReport = {
    results: [],
    counts: emptyCounts(),
    timings: { totalMs: 0, extractMs: 0, writeMs: 0, relationshipWrites: 0, batches: 0 },
  };
  const timings = report.timings!;

  const iterator = toAsyncIterator(articles);
  const head: Item[] = [];
  let ended = false;
  const smallInput = options.smallInput ?? SMALL_INPUT;
  while (head.length < smallInput) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  const workers = options.workers ?? defaultWorkerCount();
  const pool: ExtractorPool =
    options.extractor ??
    (workers === 0 || (ended && head.length < smallInput)
      ? await inProcessExtractor(options.extractModule, options.userCompanies)
      : await workerExtractor(workers, options.extractModule, options.userCompanies));
  const busyBefore = pool.busyMs;
  if (!options.extractor) logger.debug(`ingest: extracting ${workers === 0 || ended ? 'in-process' : `in ${workers} worker thread(s)`}`);

  const finish = (r: IngestResult) => {
    report.results.push(r);
    report.counts[r.status]++;
    options.onProgress?.({ done: report.results.length, failed: report.counts.failed, last: r });
  };

  let seen = 0;
  const prepare = async (chunk: Item[]): Promise<Prepared> => {
    const results: IngestResult[] = [];
    const ready: Array<{ article: ReadArticle; record: ReturnType<typeof toRecord> }> = [];
    for (const item of chunk) {
      seen++;
      if (isReadError(item)) {
        results.push({ id: item.id ?? item.origin, source: item.origin, status: 'failed', error: item.reason, edges: [] });
        continue;
      }
      // Readers validated their articles already; objects from code (the API) are checked here.
      const article = (item as ReadArticle).origin !== undefined ? item : toArticle(item, `input[${seen - 1}]`);
      if ('error' in article) {
        const id = typeof item.id === 'string' && item.id ? item.id : `input[${seen - 1}]`;
        results.push({ id, source: `input[${seen - 1}]`, status: 'failed', error: article.error, edges: [] });
        continue;
      }
      ready.push({ article, record: toRecord(article, pool.version) });
    }
    let stored = new Map<string, StoredArticle>();
    try {
      stored = await storedHashes(client, ready.map((r) => r.record.id));
    } catch (error) {
      logger.warn(`ingest: could not look up stored articles (${(error as Error).message}); extracting all`);
    }
    const writes = await Promise.all(
      ready.map(async ({ article, record }) => {
        const origin = (article as ReadArticle).origin;
        if (isCurrent(stored.get(record.id), record)) {
          results.push({ id: record.id, source: origin, status: 'unchanged', edges: [] });
          return undefined;
        }
        try {
          const plain: Article = { id: record.id, text: article.text, title: article.title, url: article.url, source: article.source, publishedAt: article.publishedAt };
          const extraction = bounded(await pool.extract(plain));
          if ('error' in extraction) {
            results.push({ id: record.id, source: origin, status: 'failed', error: extraction.error, edges: [] });
            return undefined;
          }
          return { article: record, extraction, origin };
        } catch (error) {
          results.push({ id: record.id, source: origin, status: 'failed', error: `extraction failed: ${(error as Error).message}`, edges: [] });
          return undefined;
        }
      }),
    );
    return { results, writes: writes.filter((w) => w !== undefined) };
  };

  let halted: DatabaseError | undefined;
  const failAll = (writes: Prepared['writes'], error: Error) => {
    for (const w of writes) finish({ id: w.article.id, source: w.origin, status: 'failed', error: `write failed: ${error.message}`, edges: [] });
  };
  const write = async ({ results, writes }: Prepared) => {
    for (const r of results) finish(r);
    if (writes.length === 0) return;
    if (halted) return failAll(writes, halted);
    const t0 = performance.now();
    const attempt = async (batch: Prepared['writes']) => {
      const out = await writeArticles(client, batch.map(({ article, extraction }) => ({ article, extraction })), { sameStory: options.sameStory });
      timings.batches++;
      timings.relationshipWrites += out.relationshipWrites;
      report.counts.companiesCreated += out.companiesCreated;
      report.counts.productsCreated += out.productsCreated;
      report.counts.edgesCreated += out.edgesCreated;
      for (const [i, r] of out.results.entries()) finish({ ...r, source: batch[i]!.origin });
    };
    // A failed batch is written again in halves, down to the one article that fails alone.
    const writeOrSplit = async (batch: Prepared['writes']): Promise<void> => {
      if (halted) return failAll(batch, halted);
      try {
        await attempt(batch);
      } catch (error) {
        if (error instanceof DatabaseError) {
          halted = error;
          logger.error(`ingest: the database failed (${error.message}); stopping`);
          return failAll(batch, error);
        }
        if (batch.length === 1) return failAll(batch, error as Error);
        logger.warn(`ingest: a batch of ${batch.length} failed (${(error as Error).message}); retrying in halves`);
        const half = Math.ceil(batch.length / 2);
        await writeOrSplit(batch.slice(0, half));
        await writeOrSplit(batch.slice(half));
      }
    };
    for (const part of packByBudget(writes, (w) => weightOf(w.extraction))) await writeOrSplit(part);
    timings.writeMs += performance.now() - t0;
  };

  try {
    let inflight: Promise<Prepared> | undefined;
    for await (const chunk of chunks(head, iterator, batchSize)) {
      const next = prepare(chunk);
      if (inflight) await write(await inflight);
      inflight = next;
      if (halted) break;
    }
    if (inflight) await write(await inflight);
  } finally {
    timings.extractMs = pool.busyMs - busyBefore;
    if (!options.extractor) await pool.close();
  }
  timings.totalMs = performance.now() - started;
  logger.debug(`ingest: ${report.results.length} articles in ${Math.round(timings.totalMs)} ms`);
  return report;
}

function toAsyncIterator<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in items) return (items as AsyncIterable<T>)[Symbol.asyncIterator]();
  const it = (items as Iterable<T>)[Symbol.iterator]();
  return { next: async () => it.next() };
}

/** Batches of up to `size` items; an article id seen twice starts a new batch, so a batch holds each id once. */
async function* chunks(head: Item[], rest: AsyncIterator<Item>, size: number): AsyncGenerator<Item[]> {
  let chunk: Item[] = [];
  let ids = new Set<string>();
  const add = function* (item: Item): Generator<Item[]> {
    const id = isReadError(item) ? undefined : item.id;
    if (chunk.length >= size || (id !== undefined && ids.has(id))) {
      yield chunk;
      chunk = [];
      ids = new Set();
    }
    chunk.push(item);
    if (id !== undefined) ids.add(id);
  };
  for (const item of head) yield* add(item);
  for (let n = await rest.next(); !n.done; n = await rest.next()) yield* add(n.value);
  if (chunk.length > 0) yield chunk;
}
