import { randomUUID } from 'node:crypto';
import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';
import { int } from '../read/params.js';

// Webhooks and their delivery log: (:Webhook {id, url, secret, companies}) and
// (:WebhookDelivery {id: webhookId:eventId, status PENDING|DELIVERED|FAILED, attempts, nextAttemptAt, ...}).

const q = loadQueries([
  'add-webhook', 'remove-webhook', 'list-webhooks', 'count-webhooks', 'create-webhook-deliveries', 'claim-due-deliveries',
  'record-delivery-attempt', 'list-webhook-deliveries', 'claim-alert-cursor', 'save-alert-cursor',
] as const);

export interface WebhookView {
  id: string;
  url: string;
  /** Empty: the watchlist. */
  companies: string[];
  createdAt: string;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface DeliveryView {
  id: string;
  webhookId: string;
  eventId: string;
  edgeId: string;
  change: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

export async function addWebhook(client: GraphClient, url: string, secret: string, companies: readonly string[], now = new Date().toISOString()): Promise<WebhookView> {
  const [row] = await client.write<{ webhook: WebhookView }>(q['add-webhook'], { id: randomUUID(), url, secret, companies: [...companies], now });
  return row!.webhook;
}

export async function removeWebhook(client: GraphClient, id: string): Promise<boolean> {
  const [row] = await client.write<{ removed: number }>(q['remove-webhook'], { id });
  return (row?.removed ?? 0) > 0;
}

export async function listWebhooks(client: GraphClient): Promise<WebhookView[]> {
  return (await client.read<{ webhook: WebhookView }>(q['list-webhooks'])).map((r) => r.webhook);
}

export async function countWebhooks(client: GraphClient): Promise<number> {
  const [row] = await client.read<{ total: number }>(q['count-webhooks']);
  return row?.total ?? 0;
}

export interface AlertEventRow {
  id: string;
  edgeId: string;
  change: string;
  /** Ids of the companies the edge touches. */
  companies: string[];
  /** The JSON body to POST, signed as it is. */
  body: string;
}

/** Deliveries created (events already enqueued for a webhook are not enqueued again). */
export async function enqueueDeliveries(client: GraphClient, events: readonly AlertEventRow[], now = new Date().toISOString()): Promise<number> {
  if (events.length === 0) return 0;
  const [row] = await client.write<{ created: number }>(q['create-webhook-deliveries'], { events: events.map((e) => ({ ...e })), now });
  return row?.created ?? 0;
}

export interface LeasedDelivery {
  delivery: { id: string; eventId: string; body: string; attempts: number; createdAt: string };
  /** `secret` is null for a webhook loaded from a dump made without its secrets. */
  webhook: { id: string; url: string; secret: string | null };
}

export async function claimDueDeliveries(client: GraphClient, owner: string, limit: number, leaseMs: number, now = new Date().toISOString()): Promise<LeasedDelivery[]> {
  return client.write<LeasedDelivery>(q['claim-due-deliveries'], { owner, now, leaseMs: int(leaseMs), limit: int(limit) });
}

export interface AttemptRecord {
  id: string;
  owner: string;
  now: string;
  status: DeliveryStatus;
  statusCode: number | null;
  error: string | null;
  nextAttemptAt: string | null;
}

export async function recordAttempt(client: GraphClient, r: AttemptRecord): Promise<boolean> {
  const [row] = await client.write<{ recorded: number }>(q['record-delivery-attempt'], { ...r, statusCode: r.statusCode === null ? null : int(r.statusCode) });
  return (row?.recorded ?? 0) > 0;
}

export async function listDeliveries(client: GraphClient, filter: { webhookId?: string | null; status?: DeliveryStatus | null }, limit: number): Promise<DeliveryView[]> {
  const rows = await client.read<{ delivery: Partial<DeliveryView> }>(q['list-webhook-deliveries'], {
    webhookId: filter.webhookId ?? null, status: filter.status ?? null, limit: int(limit),
  });
  return rows.map(({ delivery: d }) => ({
    ...(d as DeliveryView), lastStatusCode: d.lastStatusCode ?? null, lastError: d.lastError ?? null,
    lastAttemptAt: d.lastAttemptAt ?? null, nextAttemptAt: d.nextAttemptAt ?? null, deliveredAt: d.deliveredAt ?? null,
  }));
}

export interface AlertCursor {
  since: string;
  afterId: string;
}

/** Undefined: another server holds the cursor's lease. */
export async function claimAlertCursor(client: GraphClient, owner: string, leaseMs: number, now = new Date().toISOString()): Promise<AlertCursor | undefined> {
  const [row] = await client.write<AlertCursor>(q['claim-alert-cursor'], { owner, now, leaseMs: int(leaseMs) });
  return row;
}

export async function saveAlertCursor(client: GraphClient, owner: string, cursor: AlertCursor): Promise<boolean> {
  const [row] = await client.write<{ saved: number }>(q['save-alert-cursor'], { owner, ...cursor });
  return (row?.saved ?? 0) > 0;
}
