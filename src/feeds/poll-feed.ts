import type { Article } from '../extract/types.js';
import { addArticleCopies, similarArticles } from '../graph/feeds/copies.js';
import { type ItemRecord, type LeasedFeed, recordItems, recordPoll, seenItemKeys } from '../graph/feeds/feeds.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import type { IngestOptions } from '../ingest/pipeline.js';
import type { IngestReport } from '../ingest/report.js';
import type { Logger } from '../logger.js';
import { fingerprint, judge } from './dedupe.js';
import { type FetchLimits, fetchLimited } from './http.js';
import type { PageText } from './page-text.js';
import { type FeedItem, parseFeedText } from './parse-feed.js';
import { type Fetched, fetchItem, itemKey } from './read-item.js';
import { mapBounded } from './bounded.js';

// One poll of one leased feed: a conditional GET; on 200 the items not seen before; for each, the page and its
// main text (else the feed's own text, and the item says so); dedupe by canonical URL and SimHash (dedupe.ts),
// asked before extraction and again in the write transaction; the rest through the ingest pipeline; then the
// feed's state, which also releases the lease. A failure of the feed itself (network, HTTP status, not a feed)
// is recorded on the feed and backs it off; it never throws.

export interface PollDeps {
  client: GraphClient;
  logger: Logger;
  limits: FetchLimits;
  /** The ingest pipeline, bound to the client; it must pass `sameStory` on (copies are found in its write transaction). */
  ingest: (articles: Article[], options: Required<Pick<IngestOptions, 'sameStory'>>) => Promise<IngestReport>;
  /** New items read per poll; the rest wait for the next poll (default 50). */
  maxItems?: number;
  /** Pages fetched at once within one feed (default 2). */
  pageConcurrency?: number;
  /** HTML → the page's story (read-item.ts); default: on this thread. */
  readPage?: (html: string, url: string) => Promise<PageText | undefined>;
}

export interface PollResult {
  url: string;
  status: 'ok' | 'not-modified' | 'error';
  error?: string;
  /** Items not seen before. */
  newItems: number;
  ingested: number;
  duplicates: number;
  failed: number;
  /** Items whose page could not be read: their feed text was ingested instead. */
  fromDescription: number;
  nextFetchAt: string;
}

const DAY = 86_400_000;

/** Interval × 2^failures, at most a day (and never less than the interval). */
export function backoff(intervalMs: number, failures: number): number {
  return Math.max(intervalMs, Math.min(intervalMs * 2 ** Math.min(failures, 20), DAY));
}

export async function pollFeed(deps: PollDeps, feed: LeasedFeed, owner: string): Promise<PollResult> {
  const empty = { newItems: 0, ingested: 0, duplicates: 0, failed: 0, fromDescription: 0 };
  try {
    const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, */*;q=0.5' };
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    const response = await fetchLimited(feed.url, deps.limits, headers);
    if (response.status === 304) {
      const next = new Date(Date.now() + feed.intervalMs).toISOString();
      await record(deps, feed, owner, { status: 'not-modified', error: null, failures: 0, nextFetchAt: next, etag: null, lastModified: null, title: null, newItems: 0 });
      return { url: feed.url, status: 'not-modified', ...empty, nextFetchAt: next };
    }
    if (response.status < 200 || response.status >= 300) throw new Error(`${feed.url}: HTTP ${response.status}`);
    const parsed = parseFeedText(response.body, feed.url);
    const counts = await readItems(deps, feed.url, parsed.title, parsed.items);
    const next = new Date(Date.now() + feed.intervalMs).toISOString();
    await record(deps, feed, owner, {
      status: 'ok', error: null, failures: 0, nextFetchAt: next, title: parsed.title ?? null, newItems: counts.newItems,
      etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified'),
    });
    deps.logger.info(`feed ${feed.url}: ${counts.newItems} new item(s), ${counts.ingested} ingested, ${counts.duplicates} duplicate(s), ${counts.failed} failed`);
    return { url: feed.url, status: 'ok', ...counts, nextFetchAt: next };
  } catch (error) {
    const message = (error as Error).message;
    const failures = feed.failures + 1;
    const next = new Date(Date.now() + backoff(feed.intervalMs, failures)).toISOString();
    deps.logger.warn(`feed ${feed.url}: ${message} (failure ${failures}; next try ${next})`);
    await record(deps, feed, owner, { status: 'error', error: message, failures, nextFetchAt: next, etag: null, lastModified: null, title: null, newItems: 0 }).catch(
      (e: unknown) => deps.logger.error(`feed ${feed.url}: could not record the failure`, e),
    );
    return { url: feed.url, status: 'error', error: message, ...empty, nextFetchAt: next };
  }
}

async function record(deps: PollDeps, feed: LeasedFeed, owner: string, r: Omit<Parameters<typeof recordPoll>[1], 'url' | 'owner' | 'now'>) {
  const kept = await recordPoll(deps.client, { url: feed.url, owner, now: new Date().toISOString(), ...r });
  if (!kept) deps.logger.warn(`feed ${feed.url}: the lease ran out before the poll ended; another poller has the feed`);
}

async function readItems(deps: PollDeps, feedUrl: string, feedTitle: string | undefined, items: FeedItem[]) {
  const keyed = new Map(items.map((item) => [itemKey(feedUrl, item), item]));
  const seen = await seenItemKeys(deps.client, [...keyed.keys()]);
  const fresh = [...keyed].filter(([key]) => !seen.has(key)).slice(0, deps.maxItems ?? 50);
  const fetched = await mapBounded(fresh, deps.pageConcurrency ?? 2, ([key, item]) => fetchItem(deps, feedUrl, key, item));
  const source = feedTitle ?? new URL(feedUrl).hostname;
  const readable = fetched.filter((f) => f.text !== undefined);
  const prints = readable.map((f) => ({ id: f.id, ...fingerprint(f.text!) }));
  const stored = await similarArticles(deps.client, prints.map((p) => p.id), prints.flatMap((p) => p.bands));
  const verdicts = judge(prints, stored);
  const copies: Array<{ articleId: string; url: string }> = [];
  const outcome = new Map<Fetched, ItemRecord>();
  const toIngest: Array<{ f: Fetched; article: Article }> = [];
  for (const [i, f] of readable.entries()) {
    const dup = verdicts[i];
    if (dup !== undefined) {
      if (f.url && f.url !== dup) copies.push({ articleId: dup, url: f.url });
      outcome.set(f, itemRecord(feedUrl, f, dup, 'duplicate'));
    } else {
      toIngest.push({ f, article: { id: f.id, url: f.id, text: f.text!, title: f.title ?? f.item.title ?? null, source, publishedAt: f.item.publishedAt ?? null } });
    }
  }
  // A copy stored since the question above, by another feed or process, is found again in the write transaction.
  const report = toIngest.length > 0 ? await deps.ingest(toIngest.map((t) => t.article), { sameStory: judge }) : undefined;
  const byId = new Map(report?.results.map((r) => [r.id, r]));
  for (const { f } of toIngest) {
    const r = byId.get(f.id);
    if (r?.duplicateOf !== undefined) outcome.set(f, itemRecord(feedUrl, f, r.duplicateOf, 'duplicate'));
    else if (r && r.status !== 'failed') outcome.set(f, itemRecord(feedUrl, f, f.id, 'ingested'));
    else outcome.set(f, { ...itemRecord(feedUrl, f, null, 'failed'), error: r?.error ?? 'not ingested' });
  }
  for (const f of fetched) if (f.text === undefined) outcome.set(f, itemRecord(feedUrl, f, null, 'failed'));
  await addArticleCopies(deps.client, copies);
  const rows = [...outcome.values()];
  // Failed items are remembered too, with their reason: a page that cannot be read now is not fetched every poll.
  await recordItems(deps.client, rows);
  const count = (o: ItemRecord['outcome']) => rows.filter((r) => r.outcome === o).length;
  return {
    newItems: fresh.length, ingested: count('ingested'), duplicates: count('duplicate'), failed: count('failed'),
    fromDescription: rows.filter((r) => r.outcome === 'ingested' && r.textFrom === 'description').length,
  };
}

function itemRecord(feedUrl: string, f: Fetched, articleId: string | null, outcome: ItemRecord['outcome']): ItemRecord {
  return { key: f.key, feedUrl, url: f.url, articleId, outcome, textFrom: f.textFrom, error: f.error };
}
