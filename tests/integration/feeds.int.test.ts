import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFollowing } from '../../src/cli/following.js';
import { loadConfig } from '../../src/config.js';
import { followFeed } from '../../src/feeds/manage.js';
import { createPoller, type Poller } from '../../src/feeds/poller.js';
import { fetchLimited } from '../../src/feeds/http.js';
import { addFeed, listFeeds } from '../../src/graph/feeds/feeds.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import { silentLogger } from '../../src/logger.js';
import { type FeedSite, startFeedSite } from './feed-server.js';
import { testClient, wipe } from './helpers.js';

// Following feeds against a local news site (feed-server.ts) and the real Neo4j: the real parser, readability,
// extractor and pipeline. One sequence: the first poll reads everything, the second fetches nothing new.

let client: GraphClient;
let site: FeedSite;
let poller: Poller;

const limits = { timeoutMs: 5_000, maxBytes: 1_000_000, allowPrivate: true };
const makePoller = (allowPrivate = true) =>
  createPoller({
    client,
    logger: silentLogger,
    concurrency: 2,
    limits: { ...limits, allowPrivate },
    ingest: (articles, options) => ingestArticles(client, articles, { workers: 0, ...options }),
  });

const articles = () =>
  client.runText<{ id: string; text: string; alsoAt: string[] | null }>('MATCH (a:Article) RETURN a.id AS id, a.text AS text, a.alsoAt AS alsoAt ORDER BY a.id');
const feedState = async (path: string) => (await listFeeds(client)).find((f) => f.url === `${site.base}${path}`)!;
const makeAllDue = () => client.runText('MATCH (f:Feed) SET f.nextFetchAt = datetime() - duration({seconds: 1})');

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  await wipe(client);
  site = await startFeedSite();
  poller = makePoller();
  for (const path of ['/rss.xml', '/atom.xml', '/feed.json', '/broken.xml', '/garbage.xml']) {
    await followFeed(client, `${site.base}${path}`, '30m', true);
  }
});
afterAll(async () => {
  await poller.close();
  await site.close();
  await client.close();
});

describe('following feeds', () => {
  it('reads RSS, Atom and JSON Feed items, their pages, and stores each story once', async () => {
    const results = await poller.pollDue();
    const byPath = new Map(results.map((r) => [new URL(r.url).pathname, r]));
    expect(byPath.get('/rss.xml')).toMatchObject({ status: 'ok', newItems: 2, ingested: 2, fromDescription: 1 });
    expect(byPath.get('/atom.xml')).toMatchObject({ status: 'ok', newItems: 1, ingested: 1 });
    // Both JSON Feed items are the RSS story again: one under another URL, one naming the original as canonical.
    const stored = await articles();
    expect(stored.map((a) => a.id).sort()).toEqual(
      [`${site.base}/news/brackenfield-ostrava`, `${site.base}/news/harrowgate-velmora`, `${site.base}/news/tidewell-orrin`].sort(),
    );
    const harrowgate = stored.find((a) => a.id.endsWith('/news/harrowgate-velmora'))!;
    expect(harrowgate.alsoAt).toContain(`${site.base}/wire/harrowgate-tiles`);
    expect(byPath.get('/feed.json')!.ingested + byPath.get('/rss.xml')!.duplicates + byPath.get('/feed.json')!.duplicates).toBe(2);
  }, 180_000); // the first ingest loads the extraction model

  it('counts a syndicated story\'s claims once', async () => {
    const [edge] = await client.runText<{ n: number }>(
      `MATCH (:Company {name: 'Harrowgate Ceramics'})-[r:SUPPLIES]->(:Company {name: 'Velmora Rail'}) RETURN r.evidenceCount AS n`,
    );
    expect(edge?.n).toBe(1);
  });

  it('keeps the page text and leaves out the menu, sidebar and footer', async () => {
    const page = (await articles()).find((a) => a.id.endsWith('/news/brackenfield-ostrava'))!;
    expect(page.text).toContain('Brackenfield Glass competes with Ostrava Kilnworks');
    expect(page.text).not.toContain('Dunmore Steel');
    expect(page.text).not.toContain('People');
    const names = await client.runText<{ name: string }>('MATCH (c:Company) RETURN c.name AS name');
    expect(names.map((n) => n.name)).not.toContain('Pellham Forge');
  });

  it('falls back to the feed description when the page cannot be read, and says so', async () => {
    const tidewell = (await articles()).find((a) => a.id.endsWith('/news/tidewell-orrin'))!;
    expect(tidewell.text).toContain('Tidewell Pumps will supply cooling pumps to Orrin Data Centres');
    const [item] = await client.runText<{ textFrom: string; error: string }>(
      'MATCH (i:FeedItem {url: $url}) RETURN i.textFrom AS textFrom, i.error AS error',
      { url: `${site.base}/news/tidewell-orrin` },
    );
    expect(item).toMatchObject({ textFrom: 'description' });
    expect(item!.error).toContain('HTTP 404');
  });

  it('backs off a feed that answers 500 or garbage, records why, and polls the others', async () => {
    const broken = await feedState('/broken.xml');
    const garbage = await feedState('/garbage.xml');
    expect(broken).toMatchObject({ lastStatus: 'error', failures: 1, leaseOwner: null });
    expect(broken.lastError).toContain('HTTP 500');
    expect(garbage).toMatchObject({ lastStatus: 'error', failures: 1 });
    expect(garbage.lastError).toContain('not a feed');
    // 30m × 2: the next try waits twice the interval.
    const waitMs = Date.parse(broken.nextFetchAt) - Date.parse(broken.lastFetchAt!);
    expect(waitMs).toBeGreaterThanOrEqual(59 * 60_000);
    expect(await feedState('/rss.xml')).toMatchObject({ lastStatus: 'ok', failures: 0, lastError: null, etag: '"rss-v1"' });
  });

  it('polls again with conditional GETs and fetches nothing new', async () => {
    const before = new Map(site.hits);
    const articleCount = (await articles()).length;
    await makeAllDue();
    const results = await poller.pollDue();
    const byPath = new Map(results.map((r) => [new URL(r.url).pathname, r]));
    expect(byPath.get('/rss.xml')!.status).toBe('not-modified');
    expect(byPath.get('/atom.xml')!.status).toBe('not-modified');
    // The JSON Feed has no validators: read again, its items are known.
    expect(byPath.get('/feed.json')).toMatchObject({ status: 'ok', newItems: 0 });
    for (const page of ['/news/harrowgate-velmora', '/news/brackenfield-ostrava', '/wire/harrowgate-tiles', '/news/tidewell-orrin']) {
      expect(site.hits.get(page), page).toBe(before.get(page));
    }
    expect((await articles()).length).toBe(articleCount);
    expect((await feedState('/broken.xml')).failures).toBe(2);
  });

  it('is not due again before its interval', async () => {
    const before = site.hits.get('/rss.xml');
    expect(await poller.pollDue()).toEqual([]);
    expect(site.hits.get('/rss.xml')).toBe(before);
  });

  it('leases a feed to one poller at a time', async () => {
    await makeAllDue();
    const other = makePoller();
    const [a, b] = await Promise.all([poller.pollDue(), other.pollDue()]);
    await other.close();
    const polled = [...a, ...b].map((r) => r.url).sort();
    expect(polled).toEqual([...new Set(polled)]);
    expect(polled).toHaveLength(5);
  });
});

describe('addresses', () => {
  it('refuses a feed at a loopback or link-local address without NEWSGRAPH_ALLOW_PRIVATE_URLS', async () => {
    await expect(followFeed(client, `${site.base}/rss.xml`, undefined, false)).rejects.toThrow(/127\.0\.0\.1.*loopback.*NEWSGRAPH_ALLOW_PRIVATE_URLS/);
    await expect(followFeed(client, 'http://169.254.169.254/latest/meta-data', undefined, false)).rejects.toThrow(/linkLocal/);
    await expect(followFeed(client, 'file:///etc/passwd', undefined, true)).rejects.toThrow(/scheme file: is not allowed/);
    await expect(followFeed(client, `${site.base}/rss.xml`, '10s', true)).rejects.toThrow(/interval "10s" is shorter than 1m/);
  });

  it('refuses to poll a stored feed at a private address when the flag is off', async () => {
    await wipe(client);
    await addFeed(client, `${site.base}/rss.xml`, 60_000);
    const strict = makePoller(false);
    const [result] = await strict.pollDue();
    await strict.close();
    expect(result).toMatchObject({ status: 'error' });
    expect(result!.error).toMatch(/loopback/);
    expect((await articles()).length).toBe(0);
  });

  it('follows at most 5 redirects', async () => {
    await expect(fetchLimited(`${site.base}/hop/0`, limits)).rejects.toThrow(/more than 5 redirects/);
    await expect(fetchLimited(`${site.base}/hop/1`, limits)).resolves.toMatchObject({ status: 404, url: `${site.base}/hop/6` });
  });

  it('caps the response size', async () => {
    await expect(fetchLimited(`${site.base}/news/harrowgate-velmora`, { ...limits, maxBytes: 500 })).rejects.toThrow(/over the 500-byte limit/);
  });
});

describe('in the API server', () => {
  it('reads pages and extracts articles in the worker thread, off the thread that answers requests', async () => {
    await wipe(client);
    await followFeed(client, `${site.base}/rss.xml`, '30m', true);
    const config = loadConfig({ ...process.env, NEWSGRAPH_ALLOW_PRIVATE_URLS: 'true' });
    const following = createFollowing(client, config, silentLogger, { inServer: true });
    try {
      const [result] = await following.poller.pollDue();
      expect(result).toMatchObject({ status: 'ok', newItems: 2, ingested: 2, fromDescription: 1 });
      const page = (await articles()).find((a) => a.id.endsWith('/news/harrowgate-velmora'))!;
      expect(page.text).toContain('Harrowgate Ceramics');
      const worker = await following.reader!.pool();
      expect(worker.busyMs).toBeGreaterThan(0);
    } finally {
      await following.close();
    }
  }, 180_000);
});
