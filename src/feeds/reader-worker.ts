import type { CompanyEntry } from '../extract/index.js';
import { type ExtractorPool, workerExtractor } from '../ingest/extractor-pool.js';
import type { Logger } from '../logger.js';
import type { PageText } from './page-text.js';

// The one worker thread the feed poller inside the API server reads with: each item's page (Readability over
// linkedom) and then its extraction, the two CPU-heavy steps, off the thread that answers requests. Started on
// first use and kept between polls (a start loads the extractor's lexicons: seconds of work). A worker that
// died fails what it had in hand (a page falls back to the feed's text, as an unreadable page does) and is
// replaced on the next use.

export interface ReaderWorker {
  /** The live pool, started when there is none or the last one crashed. */
  pool(): Promise<ExtractorPool>;
  pageText(html: string, url: string): Promise<PageText | undefined>;
  close(): Promise<void>;
}

export function readerWorker(logger: Logger, userCompanies: readonly CompanyEntry[] = [], extractModule?: string): ReaderWorker {
  let live: ExtractorPool | undefined;
  let starting: Promise<ExtractorPool> | undefined;

  const pool = (): Promise<ExtractorPool> => {
    if (live && !live.crashed) return Promise.resolve(live);
    if (live) {
      logger.warn('feed reader: the worker thread died; starting another');
      void live.close();
      live = undefined;
    }
    starting ??= workerExtractor(1, extractModule, userCompanies)
      .then((p) => (live = p))
      .finally(() => {
        starting = undefined;
      });
    return starting;
  };

  return {
    pool,
    pageText: async (html, url) => (await pool()).pageText(html, url),
    async close() {
      await starting?.catch(() => {});
      await live?.close();
      live = undefined;
    },
  };
}
