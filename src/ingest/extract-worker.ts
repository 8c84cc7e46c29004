import { parentPort, workerData } from 'node:worker_threads';
import type { CompanyEntry } from '../extract/index.js';
import type { Article } from '../extract/types.js';
import type { PageText } from '../feeds/page-text.js';
import { loadExtractor } from './extractor-module.js';

// A worker thread that runs extraction, which is pure and CPU-bound, off the writer's thread.
// It loads the extractor module named in workerData (src/extract/index, or a test's stand-in); a feed
// item's page is read here too, with page-text.ts loaded on the first page.

type Request = { seq: number } & ({ article: Article } | { page: { html: string; url: string } });

const { moduleUrl, userCompanies } = workerData as { moduleUrl: string; userCompanies: CompanyEntry[] };
const mod = await loadExtractor(moduleUrl, userCompanies);

let pageText: ((html: string, url: string) => PageText | undefined) | undefined;

parentPort!.on('message', async (request: Request) => {
  const { seq } = request;
  const started = performance.now();
  try {
    let result: unknown;
    if ('page' in request) {
      pageText ??= (await import('../feeds/page-text.js')).pageText;
      result = pageText(request.page.html, request.page.url);
    } else result = mod.extract(request.article);
    parentPort!.postMessage({ seq, result, ms: performance.now() - started });
  } catch (error) {
    parentPort!.postMessage({ seq, error: error instanceof Error ? error.message : String(error), ms: performance.now() - started });
  }
});
parentPort!.postMessage({ ready: true, version: mod.version });
