import { updatedRelationships, type EdgeCursor } from '../graph/read/relationships.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import type { Logger } from '../logger.js';
import type { ApiPubSub } from './pubsub.js';

// Live updates from any writer: every statement that creates an edge or changes its confidence/evidenceCount
// sets r.updatedAt, and this poller publishes the edges changed since the last one it saw. So an ingest by
// `newsgraph ingest` in another process, or through another API server, reaches this server's subscribers.

export interface LiveEdges {
  close(): void;
}

/** Edges read per query; a fuller backlog is read in several queries within one poll. */
const PAGE = 200;

export function startLiveEdges(deps: {
  client: GraphClient;
  pubSub: ApiPubSub;
  logger: Logger;
  intervalMs: number;
}): LiveEdges {
  const { client, pubSub, logger, intervalMs } = deps;
  const now = () => new Date().toISOString();
  // Start from the server's start: edges changed before it are history, not news. updatedAt is the writer's
  // clock when it began, so a write that commits after a later-stamped one has been read can be missed:
  // rare (concurrent writers only), and it costs a live event, never data.
  let cursor: EdgeCursor = { since: now(), afterId: '' };
  let running: Promise<void> | undefined;
  let closed = false;

  async function drain(): Promise<void> {
    for (;;) {
      const { items, next } = await updatedRelationships(client, cursor, PAGE);
      cursor = next;
      for (const rel of items) {
        pubSub.publish('relationshipDiscovered', rel.source.id, rel);
        if (rel.target.kind === 'COMPANY' && rel.target.id !== rel.source.id) pubSub.publish('relationshipDiscovered', rel.target.id, rel);
      }
      if (items.length < PAGE || closed) return;
    }
  }

  function poll(): Promise<void> {
    if (closed) return Promise.resolve();
    if (pubSub.subscribers() === 0) {
      // Nobody listens: skip the query, and do not replay what changed meanwhile to a later subscriber.
      cursor = { since: now(), afterId: '' };
      return Promise.resolve();
    }
    // Nobody listened when the cursor was last moved on: start from the moment somebody did, or an edge
    // written just before the first subscription would reach it as news.
    if (cursor.since < pubSub.listeningSince()) cursor = { since: pubSub.listeningSince(), afterId: '' };
    // One poll at a time: a slow query must not let the next tick read the same edges again.
    running ??= drain()
      .catch((error: unknown) => logger.warn('could not poll for changed relationships', error))
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const timer = setInterval(() => void poll(), intervalMs);
  // The poller alone must not keep the process (or a test worker) alive.
  timer.unref();
  return {
    close() {
      closed = true;
      clearInterval(timer);
    },
  };
}
