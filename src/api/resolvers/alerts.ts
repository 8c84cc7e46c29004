import { z } from 'zod';
import { buildDigest } from '../../alerts/digest.js';
import { createWebhook, watchCompany } from '../../alerts/manage.js';
import { listWatches, removeWatch, type WatchView } from '../../graph/alerts/watches.js';
import { type DeliveryView, listDeliveries, listWebhooks, removeWebhook as remove, type WebhookView } from '../../graph/alerts/webhooks.js';
import { id, isoDateTime, pageMax, parse } from '../args.js';
import type { ApiContext } from '../context.js';

// Watchlist, webhooks, their deliveries and the digest. Secrets go in, never out.

const status = z.enum(['PENDING', 'DELIVERED', 'FAILED']);
const first = z.number().int().min(1).max(pageMax).nullish();

export const watchlist = (_: unknown, __: unknown, ctx: ApiContext) => listWatches(ctx.client);

export async function watch(_: unknown, raw: unknown, ctx: ApiContext): Promise<WatchView> {
  const a = parse(z.object({ companyId: id }), raw);
  const company = await watchCompany(ctx.client, a.companyId);
  return { companyId: company.id, name: company.name, createdAt: new Date().toISOString() };
}

export const unwatch = (_: unknown, raw: unknown, ctx: ApiContext) => removeWatch(ctx.client, parse(z.object({ companyId: id }), raw).companyId);

export const webhooks = (_: unknown, __: unknown, ctx: ApiContext) => listWebhooks(ctx.client);

export async function addWebhook(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(z.object({ url: z.string().trim().min(1).max(2000), secret: z.string().max(500), companies: z.array(id).max(100).nullish() }), raw);
  return createWebhook(ctx.client, a, ctx.allowPrivateUrls);
}

export const removeWebhook = (_: unknown, raw: unknown, ctx: ApiContext) => remove(ctx.client, parse(z.object({ id }), raw).id);

export async function webhookDeliveries(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(z.object({ webhookId: id.nullish(), status: status.nullish(), first }), raw);
  return listDeliveries(ctx.client, a, a.first ?? 25);
}

export async function digest(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(z.object({ since: isoDateTime, companies: z.array(id).max(100).nullish() }), raw);
  return buildDigest(ctx.client, a.since, a.companies);
}

export const Watch = {
  company: (w: WatchView, _: unknown, ctx: ApiContext) => ctx.loaders.company.load(w.companyId),
};

export const Webhook = {
  deliveries: (w: WebhookView, raw: unknown, ctx: ApiContext) => {
    const a = parse(z.object({ status: status.nullish(), first }), raw);
    return listDeliveries(ctx.client, { webhookId: w.id, status: a.status }, a.first ?? 20);
  },
};

export const WebhookDelivery = {
  relationshipId: (d: DeliveryView) => d.edgeId,
};
