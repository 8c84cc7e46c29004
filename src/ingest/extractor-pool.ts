import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CompanyEntry } from '../extract/index.js';
import type { Article, Extraction } from '../extract/types.js';
import type { PageText } from '../feeds/page-text.js';
import { defaultExtractModule, loadExtractor } from './extractor-module.js';

// Extraction runs in worker threads while the main thread writes to Neo4j (or answers API requests). The same
// workers read a feed item's page (HTML → main text with Readability), the other CPU-heavy step of following
// feeds. Under tsx (running .ts sources) each worker loads tsx before its module; compiled .js runs them plain.

/** tsx's ESM API (register()), found from this file the way an import would find it. */
function tsxApiUrl(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

export interface ExtractorPool {
  extract(article: Article): Promise<Extraction>;
  /** A page's story (page-text.ts); loads Readability and linkedom on first use. */
  pageText(html: string, url: string): Promise<PageText | undefined>;
  /** The extractor's version (EXTRACTOR_VERSION), stored on each article it reads. */
  readonly version: string;
  /** Milliseconds spent inside extract(), summed over workers. */
  readonly busyMs: number;
  /** True once a worker died: every later call is refused, and whoever keeps the pool starts a new one. */
  readonly crashed: boolean;
  close(): Promise<void>;
}

const readPage = async (html: string, url: string) => (await import('../feeds/page-text.js')).pageText(html, url);

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Extraction on this thread: for a handful of articles a worker's start-up costs more than it saves. */
export async function inProcessExtractor(moduleUrl = defaultExtractModule, userCompanies: readonly CompanyEntry[] = []): Promise<ExtractorPool> {
  const mod = await loadExtractor(moduleUrl, userCompanies);
  let busyMs = 0;
  return {
    version: mod.version,
    async extract(article) {
      const started = performance.now();
      try {
        return mod.extract(article);
      } finally {
        busyMs += performance.now() - started;
      }
    },
    pageText: readPage,
    get busyMs() {
      return busyMs;
    },
    crashed: false,
    close: async () => {},
  };
}

interface Pending {
  resolve(x: unknown): void;
  reject(e: Error): void;
}

/** `userCompanies` (a user's gazetteer) are copied to each worker, which builds its extractor over them. */
export async function workerExtractor(workers: number, moduleUrl = defaultExtractModule, userCompanies: readonly CompanyEntry[] = []): Promise<ExtractorPool> {
  const isTs = import.meta.url.endsWith('.ts');
  const script = new URL(isTs ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let seq = 0;
  let busyMs = 0;
  let version = '';
  let failure: Error | undefined;
  /** Set once workers are being terminated on purpose: their 'exit' is expected. */
  let closing = false;

  const failAll = (e: Error) => {
    failure ??= e;
    for (const p of pending.values()) p.reject(new Error(`extraction worker crashed: ${e.message}`));
    pending.clear();
  };

  const start = () =>
    new Promise<Worker>((resolve, reject) => {
      const w = isTs
        ? // Node 20 does not apply the parent's tsx hooks (nor `--import tsx` in execArgv) to a worker's
          // entry module, so the entry is a tiny script that registers tsx, then imports the worker module.
          new Worker(
            `import(${JSON.stringify(tsxApiUrl())}).then((t) => { t.register(); return import(${JSON.stringify(script.href)}); });`,
            { eval: true, workerData: { moduleUrl, userCompanies } },
          )
        : new Worker(script, { workerData: { moduleUrl, userCompanies } });
      w.on('message', (m: { ready?: true; version?: string; seq: number; result?: unknown; error?: string; ms: number }) => {
        if (m.ready) {
          version = m.version!;
          return resolve(w);
        }
        const p = pending.get(m.seq);
        if (!p) return;
        pending.delete(m.seq);
        load.set(w, (load.get(w) ?? 1) - 1);
        busyMs += m.ms;
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result);
      });
      w.once('error', (e) => {
        reject(e);
        failAll(e);
      });
      // A worker can end without 'error' (process.exit() in the module, or terminate()): whatever it had
      // pending would never settle. After 'error' this is a no-op; after close() nothing is pending.
      w.once('exit', (code) => {
        const e = new Error(`extraction worker exited (code ${code})`);
        reject(e);
        if (!closing) failAll(e);
      });
    });

  const started = await Promise.allSettled(Array.from({ length: workers }, start));
  const pool = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    // Workers that did start would keep the process alive: end them before reporting the failure.
    closing = true;
    await Promise.all(pool.map((w) => w.terminate()));
    throw failed.reason;
  }
  for (const w of pool) load.set(w, 0);

  /** The least busy worker takes the task; postMessage copies it. */
  const send = <T>(task: { article: Article } | { page: { html: string; url: string } }): Promise<T> => {
    if (failure) return Promise.reject(new Error(`extraction worker crashed: ${failure.message}`));
    const w = pool.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
    load.set(w, (load.get(w) ?? 0) + 1);
    const id = seq++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (x: unknown) => void, reject });
      w.postMessage({ seq: id, ...task });
    });
  };

  return {
    version,
    extract: (article) => send<Extraction>({ article }),
    pageText: (html, url) => send<PageText | undefined>({ page: { html, url } }),
    get busyMs() {
      return busyMs;
    },
    get crashed() {
      return failure !== undefined;
    },
    async close() {
      closing = true;
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
