import { type Alerter, createAlerter } from '../alerts/alerter.js';
import type { Config } from '../config.js';
import { createPoller, type Poller } from '../feeds/poller.js';
import { type ReaderWorker, readerWorker } from '../feeds/reader-worker.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import { type IngestOptions, ingestArticles } from '../ingest/pipeline.js';
import type { Logger } from '../logger.js';

// Following the news, wired from the configuration: the feed poller (feeds in) and the alerter (webhooks out).
// `serve`/`start` run both in the background; `newsgraph follow` runs them in the foreground.

export interface Following {
  poller: Poller;
  alerter: Alerter;
  /** In the server: the worker thread the poller reads pages and extracts articles in. */
  reader: ReaderWorker | undefined;
  start(): void;
  close(): Promise<void>;
}

export function createFollowing(
  client: GraphClient,
  config: Config,
  logger: Logger,
  ingest: Pick<IngestOptions, 'userCompanies'> & { inServer: boolean },
): Following {
  // In the server, pages are read and articles extracted in one worker thread, whatever their number: requests
  // keep the main thread. `follow` has no requests to answer, and reads on its own thread.
  const reader = ingest.inServer ? readerWorker(logger, ingest.userCompanies) : undefined;
  const poller = createPoller({
    client,
    logger,
    concurrency: config.feeds.concurrency,
    limits: { timeoutMs: config.feeds.timeoutMs, maxBytes: config.feeds.maxBytes, allowPrivate: config.feeds.allowPrivateUrls },
    readPage: reader?.pageText,
    ingest: async (articles, options) =>
      ingestArticles(client, articles, { logger, userCompanies: ingest.userCompanies, extractor: await reader?.pool(), ...options }),
  });
  const alerter = createAlerter({
    client,
    logger,
    allowPrivate: config.feeds.allowPrivateUrls,
    retryBaseMs: config.webhooks.retryBaseMs,
    retryForMs: config.webhooks.retryForMs,
  });
  return {
    poller,
    alerter,
    reader,
    start() {
      poller.start();
      alerter.start();
    },
    async close() {
      await Promise.all([poller.close(), alerter.close()]);
      await reader?.close();
    },
  };
}
