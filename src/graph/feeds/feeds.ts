import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';
import { int } from '../read/params.js';

// Feeds and their state in Neo4j: (:Feed {url, intervalMs, etag, lastModified, lastFetchAt, lastStatus, lastError,
// failures, itemsSeen, nextFetchAt, leaseOwner, leaseUntil}) and (:FeedItem {key, feedUrl, url, articleId, outcome, textFrom}).

const q = loadQueries([
  'add-feed', 'list-feeds', 'remove-feed', 'claim-due-feeds', 'record-feed-poll', 'lookup-feed-items',
  'record-feed-items', 'list-feed-items',
] as const);

export type FeedStatus = 'ok' | 'not-modified' | 'error';

export interface FeedView {
  url: string;
  intervalMs: number;
  title: string | null;
  createdAt: string;
  lastFetchAt: string | null;
  lastStatus: FeedStatus | null;
  lastError: string | null;
  failures: number;
  itemsSeen: number;
  nextFetchAt: string;
  etag: string | null;
  lastModified: string | null;
  leaseOwner: string | null;
  leaseUntil: string | null;
}

/** What became of a feed item: a new article, a copy of a stored one, already known, or not readable. */
export type ItemOutcome = 'ingested' | 'duplicate' | 'failed';

export interface FeedItemView {
  key: string;
  url: string | null;
  articleId: string | null;
  outcome: ItemOutcome;
  /** 'page': the text came from the page; 'description': the page could not be read, the feed's text was used. */
  textFrom: 'page' | 'description' | null;
  error: string | null;
  seenAt: string;
}

const view = (f: Partial<FeedView>): FeedView => ({
  url: f.url!, intervalMs: f.intervalMs!, title: f.title ?? null, createdAt: f.createdAt!, lastFetchAt: f.lastFetchAt ?? null,
  lastStatus: f.lastStatus ?? null, lastError: f.lastError ?? null, failures: f.failures ?? 0, itemsSeen: f.itemsSeen ?? 0,
  nextFetchAt: f.nextFetchAt!, etag: f.etag ?? null, lastModified: f.lastModified ?? null,
  leaseOwner: f.leaseOwner ?? null, leaseUntil: f.leaseUntil ?? null,
});

export async function addFeed(client: GraphClient, url: string, intervalMs: number, now = new Date().toISOString()): Promise<{ feed: FeedView; created: boolean }> {
  const [row] = await client.write<{ feed: Partial<FeedView>; created: boolean }>(q['add-feed'], { url, intervalMs: int(intervalMs), now });
  return { feed: view(row!.feed), created: row!.created };
}

export async function listFeeds(client: GraphClient): Promise<FeedView[]> {
  return (await client.read<{ feed: Partial<FeedView> }>(q['list-feeds'])).map((r) => view(r.feed));
}

export async function removeFeed(client: GraphClient, url: string): Promise<boolean> {
  const [row] = await client.write<{ removed: number }>(q['remove-feed'], { url });
  return (row?.removed ?? 0) > 0;
}

export interface LeasedFeed {
  url: string;
  intervalMs: number;
  etag: string | null;
  lastModified: string | null;
  failures: number;
}

export async function claimDueFeeds(client: GraphClient, owner: string, limit: number, leaseMs: number, now = new Date().toISOString()): Promise<LeasedFeed[]> {
  const rows = await client.write<{ feed: Partial<LeasedFeed> }>(q['claim-due-feeds'], { owner, now, leaseMs: int(leaseMs), limit: int(limit) });
  return rows.map(({ feed: f }) => ({ url: f.url!, intervalMs: f.intervalMs!, etag: f.etag ?? null, lastModified: f.lastModified ?? null, failures: f.failures ?? 0 }));
}

export interface PollRecord {
  url: string;
  owner: string;
  now: string;
  nextFetchAt: string;
  status: FeedStatus;
  error: string | null;
  failures: number;
  etag: string | null;
  lastModified: string | null;
  title: string | null;
  newItems: number;
}

/** False: the lease was lost (another poller holds the feed now); nothing was written. */
export async function recordPoll(client: GraphClient, record: PollRecord): Promise<boolean> {
  const [row] = await client.write<{ recorded: number }>(q['record-feed-poll'], { ...record, failures: int(record.failures), newItems: int(record.newItems) });
  return (row?.recorded ?? 0) > 0;
}

export async function seenItemKeys(client: GraphClient, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  return new Set((await client.read<{ key: string }>(q['lookup-feed-items'], { keys: [...keys] })).map((r) => r.key));
}

export interface ItemRecord {
  key: string;
  feedUrl: string;
  url: string | null;
  articleId: string | null;
  outcome: ItemOutcome;
  textFrom: 'page' | 'description' | null;
  error: string | null;
}

export async function recordItems(client: GraphClient, rows: readonly ItemRecord[], now = new Date().toISOString()): Promise<void> {
  if (rows.length > 0) await client.write(q['record-feed-items'], { rows: rows.map((r) => ({ ...r })), now });
}

export async function listFeedItems(client: GraphClient, url: string, limit: number): Promise<FeedItemView[]> {
  return (await client.read<{ item: FeedItemView }>(q['list-feed-items'], { url, limit: int(limit) })).map((r) => ({
    ...r.item, url: r.item.url ?? null, articleId: r.item.articleId ?? null, textFrom: r.item.textFrom ?? null, error: r.item.error ?? null,
  }));
}
