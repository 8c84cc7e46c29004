import { z } from 'zod';
import { followFeed } from '../../feeds/manage.js';
import { type FeedItemView, type FeedView, listFeedItems, listFeeds, removeFeed as remove } from '../../graph/feeds/feeds.js';
import { pageMax, parse } from '../args.js';
import type { ApiContext } from '../context.js';

// feeds, addFeed, removeFeed, and the Feed/FeedItem types (stored state → schema enums).

export const feeds = (_: unknown, __: unknown, ctx: ApiContext) => listFeeds(ctx.client);

const url = z.string().trim().min(1, 'must not be empty').max(2000);

export async function addFeed(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(z.object({ url, every: z.string().max(20).nullish() }), raw);
  return (await followFeed(ctx.client, a.url, a.every ?? undefined, ctx.allowPrivateUrls)).feed;
}

export async function removeFeed(_: unknown, raw: unknown, ctx: ApiContext) {
  return remove(ctx.client, parse(z.object({ url }), raw).url);
}

const first = z.object({ first: z.number().int().min(1).max(pageMax).nullish() });

export const Feed = {
  intervalSeconds: (f: FeedView) => Math.round(f.intervalMs / 1000),
  lastStatus: (f: FeedView) => f.lastStatus?.toUpperCase().replace('-', '_') ?? null,
  items: (f: FeedView, raw: unknown, ctx: ApiContext) => listFeedItems(ctx.client, f.url, parse(first, raw).first ?? 20),
};

export const FeedItem = {
  outcome: (i: FeedItemView) => i.outcome.toUpperCase(),
  textFrom: (i: FeedItemView) => i.textFrom?.toUpperCase() ?? null,
};
