import { randomUUID } from 'node:crypto';
import { background } from '../background.js';
import { claimDueFeeds } from '../graph/feeds/feeds.js';
import type { Logger } from '../logger.js';
import { type PollDeps, type PollResult, pollFeed } from './poll-feed.js';

// Polls the due feeds in the background: every tick, lease up to `concurrency` due feeds in Neo4j, poll them side
// by side, and repeat while feeds are due. The lease (claim-due-feeds.cypher) makes one poller per feed however
// many servers run one; a poller that dies leaves a lease that runs out after `leaseMs`. Work is bounded
// (`concurrency` feeds, 2 pages per feed) and, in the API server, pages are read and articles extracted in a
// worker thread (reader-worker.ts), so the API's requests do not wait behind it. Feeds polled side by side, here
// or in another process, may carry the same story: their writes are ordered by the story's SimHash band locks
// (graph/write/copies.ts), so it is stored once.

export interface PollerOptions extends PollDeps {
  concurrency: number;
  /** How often to look for due feeds (default 5 s). */
  tickMs?: number;
  /** How long a lease lasts; longer than a poll can take (default 10 min). */
  leaseMs?: number;
}

export interface Poller {
  /** Polls every due feed now, until none is due; resolves with what each poll did. */
  pollDue(): Promise<PollResult[]>;
  /** Polls on a timer until close(). */
  start(): void;
  /** Stops the timer and waits for the pass under way. */
  close(): Promise<void>;
}

export function createPoller(options: PollerOptions, logger: Logger = options.logger): Poller {
  const owner = `poller-${randomUUID()}`;
  const task = background(pass, options.tickMs ?? 5_000, logger, 'feed poller');

  async function pass(): Promise<PollResult[]> {
    const results: PollResult[] = [];
    // Due as of the pass's start: a feed polled in this pass is not due again before the next one.
    const started = new Date().toISOString();
    while (!task.closed) {
      const feeds = await claimDueFeeds(options.client, owner, options.concurrency, options.leaseMs ?? 600_000, started);
      if (feeds.length === 0) break;
      results.push(...(await Promise.all(feeds.map((f) => pollFeed(options, f, owner)))));
    }
    return results;
  }

  return { pollDue: task.run, start: task.start, close: task.close };
}
