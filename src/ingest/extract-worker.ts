import { parentPort, workerData } from 'node:worker_threads';
import type { CompanyEntry } from '../extract/index.js';
import type { Article } from '../extract/types.js';
import { loadExtractor } from './extractor-module.js';

// A worker thread that runs extraction, which is pure and CPU-bound, off the writer's thread.
// It loads the extractor module named in workerData (src/extract/index, or a test's stand-in).

interface Request {
  seq: number;
  article: Article;
}

const { moduleUrl, userCompanies } = workerData as { moduleUrl: string; userCompanies: CompanyEntry[] };
const mod = await loadExtractor(moduleUrl, userCompanies);

parentPort!.on('message', ({ seq, article }: Request) => {
  const started = performance.now();
  try {
    const extraction = mod.extract(article);
    parentPort!.postMessage({ seq, extraction, ms: performance.now() - started });
  } catch (error) {
    parentPort!.postMessage({ seq, error: error instanceof Error ? error.message : String(error), ms: performance.now() - started });
  }
});
parentPort!.postMessage({ ready: true, version: mod.version });
