import { type Alerter, createAlerter } from '../alerts/alerter.js';
import type { Config } from '../config.js';
import { createPoller, type Poller } from '../feeds/poller.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import { type IngestOptions, ingestArticles } from '../ingest/pipeline.js';
import type { Logger } from '../logger.js';

// Following the news, wired from the configuration: the feed poller (feeds in) and the alerter (webhooks out).
// `serve`/`start` run both in the background; `newsgraph follow` runs them in the foreground.

export interface Following {
  poller: Poller;
  alerter: Alerter;
  start(): void;
  close(): Promise<void>;
}

export function createFollowing(
  client: GraphClient,
  config: Config,
  logger: Logger,
  ingest: Pick<IngestOptions, 'userCompanies'> & { inServer: boolean },
): Following {
  const poller = createPoller({
    client,
    logger,
    concurrency: config.feeds.concurrency,
    limits: { timeoutMs: config.feeds.timeoutMs, maxBytes: config.feeds.maxBytes, allowPrivate: config.feeds.allowPrivateUrls },
    // In the server, extraction runs in one worker thread whatever the number of articles: requests keep the main thread.
    ingest: (articles) =>
      ingestArticles(client, articles, { logger, userCompanies: ingest.userCompanies, ...(ingest.inServer ? { workers: 1, smallInput: 0 } : {}) }),
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
    start() {
      poller.start();
      alerter.start();
    },
    async close() {
      await Promise.all([poller.close(), alerter.close()]);
    },
  };
}
