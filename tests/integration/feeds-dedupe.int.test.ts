import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, judge } from '../../src/feeds/dedupe.js';
import { followFeed } from '../../src/feeds/manage.js';
import { createPoller, type Poller } from '../../src/feeds/poller.js';
import { readQuery } from '../../src/graph/cypher.js';
import { similarArticles } from '../../src/graph/feeds/copies.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import { silentLogger } from '../../src/logger.js';
import { testClient, wipe } from './helpers.js';

// Near-duplicate detection through the SimHash band nodes, against the real Neo4j: the lookup seeks the bands by
// their index, articles stored with the older `simBands` list are linked at start-up, and two pollers with their
// own drivers, writing the same story from two feeds at the same moment, store it once.

const story =
  'Corvane Logistics will supply refrigerated trucks to Pellworth Foods under a five-year contract announced on Thursday. ' +
  "The agreement covers 240 vehicles for the grocer's northern depots, and Corvane Logistics will maintain the fleet from its " +
  'Ashby yard. Pellworth Foods said the trucks replace an older fleet and will cut fuel use. Delivery of the first vehicles ' +
  'starts in the spring, the companies said.';
const copy = `${story} Reporting by Mina Ortega.`;

let client: GraphClient;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  await wipe(client);
});
afterAll(async () => {
  await client.close();
});

const bandLinks = async (id: string) =>
  (await client.runText<{ n: number }>('MATCH (:Article {id: $id})-[:IN_BAND]->(b:SimBand) RETURN count(b) AS n', { id }))[0]!.n;

/** The operators of a statement's plan, each with its details. */
async function planOf(text: string): Promise<Array<{ operator: string; details: string }>> {
  const session = client.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const { summary } = await session.run(`EXPLAIN ${text}`, { ids: ['https://x.example/1'], bands: fingerprint(copy).bands });
    const out: Array<{ operator: string; details: string }> = [];
    const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      out.push({ operator: p.operatorType, details: String(p.arguments['Details'] ?? '') });
      for (const c of p.children) walk(c as typeof p);
    };
    walk(summary.plan as unknown as Parameters<typeof walk>[0]);
    return out;
  } finally {
    await session.close();
  }
}

describe('near-duplicate lookup', () => {
  it('finds a stored story by a shared band, seeking the band index rather than scanning articles', async () => {
    await ingestArticles(client, [{ id: 'https://a.example/story', url: 'https://a.example/story', text: story }], { workers: 0 });
    expect(await bandLinks('https://a.example/story')).toBe(8);

    const print = { id: 'https://b.example/copy', ...fingerprint(copy) };
    const stored = await similarArticles(client, [print.id], print.bands);
    expect(stored.map((s) => s.id)).toEqual(['https://a.example/story']);
    expect(judge([print], stored)).toEqual(['https://a.example/story']);

    const plan = await planOf(readQuery('find-similar-articles').text);
    const operators = plan.map((p) => p.operator.replace(/@.*$/, ''));
    expect(plan.some((p) => p.operator.startsWith('NodeUniqueIndexSeek') && p.details.includes(':SimBand(key)'))).toBe(true);
    expect(operators).not.toContain('NodeByLabelScan');
    expect(operators).not.toContain('AllNodesScan');
  });

  it('replaces the band links of an article whose text changed', async () => {
    const other = 'Brackenfield Mills will buy cotton yarn from Ostrava Textiles for its new weaving line, the firms said on Monday.';
    await ingestArticles(client, [{ id: 'https://a.example/story', url: 'https://a.example/story', text: other }], { workers: 0 });
    expect(await bandLinks('https://a.example/story')).toBe(8);
    const [row] = await client.runText<{ keys: string[] }>(
      'MATCH (:Article {id: $id})-[:IN_BAND]->(b:SimBand) RETURN collect(b.key) AS keys',
      { id: 'https://a.example/story' },
    );
    expect(row!.keys.sort()).toEqual(fingerprint(other).bands.sort());
  });

  it('links an article stored with the older simBands list to band nodes at start-up', async () => {
    const { simhash, bands } = fingerprint(story);
    await client.runText('CREATE (:Article {id: $id, url: $id, text: $text, simhash: $simhash, simBands: $bands})', {
      id: 'https://old.example/story', text: story, simhash, bands,
    });
    await client.applySchema();
    expect(await bandLinks('https://old.example/story')).toBe(8);
    const [old] = await client.runText<{ simBands: string[] | null }>('MATCH (a:Article {id: $id}) RETURN a.simBands AS simBands', { id: 'https://old.example/story' });
    expect(old!.simBands).toBeNull();
    const found = await similarArticles(client, [], fingerprint(copy).bands);
    expect(found.map((s) => s.id)).toContain('https://old.example/story');
  });
});

describe('dedupe across processes', () => {
  let site: Server;
  let base = '';
  const clients: GraphClient[] = [];
  const pollers: Poller[] = [];

  // Two feeds, each with the story under its own URL; the pages are missing, so each item's feed text is read.
  const rss = (title: string, link: string, text: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>${base}/</link>` +
    `<item><title>Corvane to supply Pellworth</title><link>${base}${link}</link><guid>${link}</guid>` +
    `<description>${text}</description></item></channel></rss>`;

  beforeAll(async () => {
    await wipe(client);
    site = createServer((req, res) => {
      const feeds: Record<string, string> = { '/a.xml': rss('Harbour Street', '/a/corvane', story), '/b.xml': rss('Lakeside Wire', '/b/corvane', copy) };
      const body = feeds[req.url ?? ''];
      res.writeHead(body ? 200 : 404, { 'content-type': body ? 'application/rss+xml' : 'text/plain' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all(pollers.map((p) => p.close()));
    await Promise.all(clients.map((c) => c.close()));
    await new Promise<void>((resolve) => site.close(() => resolve()));
  });

  it('stores a story that two pollers write at the same moment once, with both sources', async () => {
    await followFeed(client, `${base}/a.xml`, '30m', true);
    await followFeed(client, `${base}/b.xml`, '30m', true);
    // Each poller has its own driver, as two servers would. Both have looked for the story (and not found it)
    // before either writes: their ingests wait for each other, then run side by side. A poller that waits in
    // vain (20 s) goes on alone.
    let arrived = 0;
    let meet!: () => void;
    const bothArrived = new Promise<void>((resolve) => (meet = resolve));
    for (let i = 0; i < 2; i++) {
      const own = testClient();
      clients.push(own);
      pollers.push(
        createPoller({
          client: own,
          logger: silentLogger,
          concurrency: 1,
          limits: { timeoutMs: 5_000, maxBytes: 1_000_000, allowPrivate: true },
          ingest: async (articles, options) => {
            if (++arrived === 2) meet();
            await Promise.race([bothArrived, new Promise((r) => setTimeout(r, 20_000))]);
            return ingestArticles(own, articles, { workers: 0, ...options });
          },
        }),
      );
    }
    // One feed each: the second poller starts once the first holds its feed's lease and waits with its story.
    const first = pollers[0]!.pollDue();
    while (arrived === 0) await new Promise((r) => setTimeout(r, 20));
    const results = (await Promise.all([first, pollers[1]!.pollDue()])).flat();
    expect(arrived).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(results.map((r) => r.ingested + r.duplicates)).toEqual([1, 1]);

    const articles = await client.runText<{ id: string; alsoAt: string[] | null }>('MATCH (a:Article) RETURN a.id AS id, a.alsoAt AS alsoAt');
    expect(articles).toHaveLength(1);
    const [kept] = articles;
    const other = kept!.id === `${base}/a/corvane` ? `${base}/b/corvane` : `${base}/a/corvane`;
    expect(kept!.alsoAt).toEqual([other]);
    const items = await client.runText<{ outcome: string; articleId: string }>(
      'MATCH (i:FeedItem) RETURN i.outcome AS outcome, i.articleId AS articleId ORDER BY outcome',
    );
    expect(items).toEqual([{ outcome: 'duplicate', articleId: kept!.id }, { outcome: 'ingested', articleId: kept!.id }]);
  });
});
