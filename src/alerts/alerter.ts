import { randomUUID } from 'node:crypto';
import { fetch } from 'undici';
import { background } from '../background.js';
import {
  claimAlertCursor, claimDueDeliveries, countWebhooks, enqueueDeliveries, type LeasedDelivery, recordAttempt, saveAlertCursor,
} from '../graph/alerts/webhooks.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import { updatedRelationships } from '../graph/read/relationships.js';
import type { Logger } from '../logger.js';
import { mapBounded } from '../feeds/bounded.js';
import { assertPublicUrl, guardedDispatcher, UrlRefusedError } from '../feeds/url-guard.js';
import { USER_AGENT } from '../feeds/http.js';
import { alertEvent, eventRow } from './events.js';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, sign } from './signature.js';

// Relationship changes → webhook deliveries → POSTs. Changes are read where the live subscription reads them
// (updatedRelationships: every writer stamps updatedAt), from a cursor kept in Neo4j under a lease, so one server
// enqueues and an ingest in another process still alerts. Each event becomes one delivery per matching webhook;
// deliveries are leased one by one, POSTed signed, and retried with exponential backoff (base × 2^(attempt-1))
// until `retryForMs` after the event, then marked FAILED. The log (webhookDeliveries) keeps each outcome.
// The cursor is made when the first webhook is there: changes from before any webhook existed are history.

export interface AlerterOptions {
  client: GraphClient;
  logger: Logger;
  allowPrivate: boolean;
  /** First retry delay; doubles each attempt (default 30 s). */
  retryBaseMs?: number;
  /** Give up this long after the event (default a day). */
  retryForMs?: number;
  /** Per POST (default 10 s). */
  timeoutMs?: number;
  /** POSTs at once (default 4). */
  concurrency?: number;
  /** How often to look for changes and due deliveries (default 2 s). */
  tickMs?: number;
}

export interface Alerter {
  /** One pass: enqueue the changes since the cursor, then attempt every due delivery. */
  runOnce(): Promise<{ enqueued: number; attempted: number; delivered: number }>;
  start(): void;
  close(): Promise<void>;
}

const PAGE = 200;

export function createAlerter(options: AlerterOptions): Alerter {
  const { client, logger } = options;
  const owner = `alerter-${randomUUID()}`;
  const retryBaseMs = options.retryBaseMs ?? 30_000;
  const retryForMs = options.retryForMs ?? 86_400_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const task = background(pass, options.tickMs ?? 2_000, logger, 'webhook alerts');

  async function enqueue(): Promise<number> {
    let cursor = await claimAlertCursor(client, owner, 60_000);
    if (!cursor) return 0;
    let enqueued = 0;
    for (;;) {
      const { changes, next } = await updatedRelationships(client, cursor, PAGE);
      enqueued += await enqueueDeliveries(client, changes.map((c) => eventRow(alertEvent(c))));
      if (next !== cursor) await saveAlertCursor(client, owner, next);
      cursor = next;
      if (changes.length < PAGE || task.closed) return enqueued;
    }
  }

  async function attempt({ delivery, webhook }: LeasedDelivery): Promise<boolean> {
    const now = new Date();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      if (!webhook.secret) throw new Error('the webhook has no secret (loaded from a dump made without --with-secrets): add it again');
      await assertPublicUrl(webhook.url, options.allowPrivate);
      const response = await fetch(webhook.url, {
        method: 'POST',
        dispatcher: guardedDispatcher(options.allowPrivate),
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          [SIGNATURE_HEADER]: sign(webhook.secret, delivery.body),
          [EVENT_HEADER]: delivery.eventId,
          [DELIVERY_HEADER]: delivery.id,
        },
      });
      statusCode = response.status;
      await response.body?.cancel();
      if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause;
      if (cause instanceof UrlRefusedError) error = cause.message;
      else error = (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `${(e as Error).message}${cause?.code ? ` (${cause.code})` : ''}`;
    }
    const attempts = delivery.attempts + 1;
    const retryAt = now.getTime() + retryBaseMs * 2 ** (attempts - 1);
    const giveUp = retryAt > Date.parse(delivery.createdAt) + retryForMs;
    const status = error === null ? 'DELIVERED' : giveUp ? 'FAILED' : 'PENDING';
    if (error !== null) logger.warn(`webhook ${webhook.id}: delivery of ${delivery.eventId} failed (${error}); ${giveUp ? 'giving up' : `retry at ${new Date(retryAt).toISOString()}`}`);
    await recordAttempt(client, {
      id: delivery.id, owner, now: now.toISOString(), status, statusCode, error,
      nextAttemptAt: status === 'PENDING' ? new Date(retryAt).toISOString() : null,
    });
    return error === null;
  }

  async function deliver(): Promise<{ attempted: number; delivered: number }> {
    let attempted = 0;
    let delivered = 0;
    while (!task.closed) {
      const due = await claimDueDeliveries(client, owner, 20, timeoutMs * 3);
      if (due.length === 0) break;
      const ok = await mapBounded(due, options.concurrency ?? 4, attempt);
      attempted += due.length;
      delivered += ok.filter(Boolean).length;
    }
    return { attempted, delivered };
  }

  async function pass(): Promise<{ enqueued: number; attempted: number; delivered: number }> {
    // Without a webhook there is nothing to send: no cursor is made or moved, no delivery looked for.
    if ((await countWebhooks(client)) === 0) return { enqueued: 0, attempted: 0, delivered: 0 };
    return { enqueued: await enqueue(), ...(await deliver()) };
  }

  return { runOnce: task.run, start: task.start, close: task.close };
}
