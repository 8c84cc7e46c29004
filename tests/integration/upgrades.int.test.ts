import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as reextractCli } from '../../src/cli/commands/reextract.js';
import { EXTRACTOR_VERSION, type Article } from '../../src/extract/index.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { storedArticles } from '../../src/graph/read/stored-articles.js';
import { ingestArticles, NO_STORED_TEXT, reextractArticles } from '../../src/ingest/index.js';
import { gql, testApp, type Json } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Upgrading the extractor: every article keeps its text and the version of the extractor that read it; an
// article that another version read is read again on the next ingest, and `reextract` re-reads the stored
// news. Stand-in extractors (ingest-fake-extract*.ts): version 2 reads "rivals", drops "maybe" sentences and
// defaults to another confidence, so its graph differs from version 1's in edges gained, lost and re-weighed.

const fakeV1 = new URL('./ingest-fake-extract.ts', import.meta.url).href;
const fakeV2 = new URL('./ingest-fake-extract-v2.ts', import.meta.url).href;
let client: GraphClient;
const testStart = new Date().toISOString();

const art = (id: string, text: string, publishedAt: string | null = '2025-03-01'): Article => ({
  id, text, title: `Title ${id}`, url: `https://example.com/${id}`, source: 'Test Wire', publishedAt,
});

// Nine articles: enough for the pipeline to extract in worker threads when asked to.
const corpus = [
  art('u1', '[[Acme Corp|Acme]] supplies [[Globex]] @0.8;\n[[Acme]] rivals [[Initech]]'),
  art('u2', '[[Acme]] supplies [[Globex]];\nmaybe [[Hooli]] supplies [[Initech]]', '2025-06-15T12:00:00+02:00'),
  art('u3', '[[Hooli]] competes with [[Globex]];\n[[Hooli]] offers {{Nucleus}}', null),
  ...Array.from({ length: 6 }, (_, i) => art(`s${i}`, `[[Spoke ${i}]] supplies [[Globex]];\n[[Spoke ${i}]] rivals [[Acme]]`)),
];

const byV1 = (articles: Article[] = corpus, workers = 0) => ingestArticles(client, articles, { extractModule: fakeV1, workers });
const byV2 = (articles: Article[] = corpus, workers = 0) => ingestArticles(client, articles, { extractModule: fakeV2, workers });

/**
 * The derived graph as a reader sees it: edges with their weights and dates, entities with their counts. An
 * undated article's edges are dated by the time it was (last) written: such dates read as "written".
 */
async function graph() {
  const edges = await client.runText<Record<string, unknown>>(
    `MATCH (x)-[e:SUPPLIES|COMPETES_WITH|OFFERS]->(y)
     RETURN type(e) AS type, x.id AS source, y.id AS target, round(e.confidence, 10) AS confidence, e.evidenceCount AS evidence,
            e.firstSeen AS firstSeen, e.lastSeen AS lastSeen ORDER BY type, source, target`,
  );
  const entities = await client.runText(
    'MATCH (n) WHERE n:Company OR n:Product RETURN n.id AS id, n.mentionCount AS mentions ORDER BY id',
  );
  const claims = await client.runText<{ rule: string; n: number }>('MATCH (s:Assertion) RETURN s.rule AS rule, count(*) AS n ORDER BY rule');
  const date = (d: unknown) => (typeof d === 'string' && d >= testStart ? 'written' : d);
  return { edges: edges.map((e) => ({ ...e, firstSeen: date(e.firstSeen), lastSeen: date(e.lastSeen) })), entities, claims };
}

const articleOf = async (id: string) =>
  (await client.runText<{ a: Record<string, unknown> }>('MATCH (a:Article {id: $id}) RETURN a {.text, .extractor, .contentHash} AS a', { id }))[0]?.a;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
});
afterAll(() => client.close());
beforeEach(() => wipe(client));

describe('articles keep their text and extractor', () => {
  it('stores the text as given and the version of the extractor that read it', async () => {
    await byV1([art('t1', '  [[Acme]] supplies [[Globex]]\n\nsecond paragraph  ')]);
    expect(await articleOf('t1')).toMatchObject({ text: '  [[Acme]] supplies [[Globex]]\n\nsecond paragraph  ', extractor: 'fake-1' });
  });

  it('records the bundled extractor version when the real extractor reads an article', async () => {
    await ingestArticles(client, [art('real', 'Tarvo Labs buys its GPUs from Nvidia.')], { workers: 0 });
    expect(await articleOf('real')).toMatchObject({ extractor: EXTRACTOR_VERSION });
  });

  it('serves text and extractor on Article in the API, null for articles stored before they were kept', async () => {
    await byV1([art('t2', '[[Acme]] supplies [[Globex]]')]);
    await client.runText(`CREATE (:Article {id: 'legacy', title: 'Old', contentHash: 'x', ingestedAt: datetime()})`);
    const app = testApp(client);
    try {
      const r = await gql<Json>(app, `{ a: article(id: "t2") { text extractor } b: article(id: "legacy") { text extractor }
        articles(first: 5) { edges { node { id extractor } } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.a).toEqual({ text: '[[Acme]] supplies [[Globex]]', extractor: 'fake-1' });
      expect(r.data.b).toEqual({ text: null, extractor: null });
      expect(r.data.articles.edges.map((e: Json) => e.node).sort((x: Json, y: Json) => x.id.localeCompare(y.id))).toEqual([
        { id: 'legacy', extractor: null },
        { id: 't2', extractor: 'fake-1' },
      ]);
    } finally {
      await app.dispose();
    }
  });
});

describe('re-ingesting after an extractor upgrade', () => {
  it('reads unchanged content again when another extractor version read it, and reports it updated', async () => {
    await byV1();
    const again = await byV2(corpus, 2);
    expect(again.counts).toMatchObject({ new: 0, updated: corpus.length, unchanged: 0, failed: 0 });
    expect(await articleOf('u1')).toMatchObject({ extractor: 'fake-2' });
    // the claims are version 2's: rule "model", the "rivals" sentence read, the "maybe" one no longer
    const fresh = await graph();
    expect(fresh.claims.map((c) => c.rule)).toEqual(['model']);
    expect(fresh.edges).toContainEqual(expect.objectContaining({ type: 'COMPETES_WITH', source: 'acme', target: 'initech' }));
    expect(fresh.edges).not.toContainEqual(expect.objectContaining({ type: 'SUPPLIES', source: 'hooli', target: 'initech' }));
    // and once this version has read them, they are unchanged
    expect((await byV2()).counts).toMatchObject({ updated: 0, unchanged: corpus.length });
  });

  it('leaves unchanged content read by the same version alone', async () => {
    await byV1();
    expect((await byV1()).counts).toMatchObject({ updated: 0, unchanged: corpus.length });
  });
});

describe('reextract', () => {
  it('re-reads the stored articles with the new extractor and recomputes edges exactly as a fresh ingest would', async () => {
    await byV2();
    const expected = await graph();
    await wipe(client);

    await byV1();
    const before = await graph();
    expect(before.edges).toContainEqual(expect.objectContaining({ type: 'SUPPLIES', source: 'hooli', target: 'initech' }));
    const report = await reextractArticles(client, { extractModule: fakeV2, workers: 2 });
    expect(report.counts).toMatchObject({ new: 0, updated: corpus.length, unchanged: 0, failed: 0 });
    expect(report.skipped).toEqual([]);
    const after = await graph();
    expect(after).toEqual(expected);
    expect(after).not.toEqual(before);
  });

  it('pages through every stored article once, in id order, whatever the page size', async () => {
    await byV1();
    await client.runText(`CREATE (:Article {id: 'legacy', contentHash: 'x', ingestedAt: datetime()})`);
    const ids = [...corpus.map((a) => a.id), 'legacy'].sort();
    for (const size of [1, 2, 9, 10, 50]) {
      const seen: string[] = [];
      for await (const a of storedArticles(client, size)) seen.push(a.id);
      expect(seen).toEqual(ids);
    }
  });

  it('is idempotent: a second run finds every article read by this version and changes nothing', async () => {
    await byV1();
    await reextractArticles(client, { extractModule: fakeV2, workers: 0 });
    const once = await graph();
    const second = await reextractArticles(client, { extractModule: fakeV2, workers: 0 });
    expect(second.counts).toMatchObject({ updated: 0, unchanged: corpus.length, failed: 0 });
    expect(await graph()).toEqual(once);
  });

  it('skips articles stored before text was kept, saying why, and leaves them as they are', async () => {
    await byV1(corpus.slice(0, 2));
    await client.runText(`CREATE (:Article {id: 'legacy', title: 'Old', contentHash: 'x', ingestedAt: datetime()})`);
    const report = await reextractArticles(client, { extractModule: fakeV2, workers: 0 });
    expect(report.counts).toMatchObject({ updated: 2, failed: 0 });
    expect(report.skipped).toEqual([{ id: 'legacy', reason: NO_STORED_TEXT }]);
    expect(await articleOf('legacy')).toEqual({ text: null, extractor: null, contentHash: 'x' });
  });

  it('newsgraph reextract --json reads the stored news with the bundled extractor and reports counts and skipped articles', async () => {
    await byV1(corpus.slice(0, 3));
    await client.runText(`CREATE (:Article {id: 'legacy', contentHash: 'x', ingestedAt: datetime()})`);
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    process.env.LOG_LEVEL = 'error';
    let code: number;
    try {
      code = await reextractCli(['--json', '--workers', '0']);
    } finally {
      log.mockRestore();
      delete process.env.LOG_LEVEL;
    }
    expect(code).toBe(0);
    const summary = JSON.parse(out.join('')) as Json;
    expect(summary.counts).toMatchObject({ updated: 3, unchanged: 0, failed: 0, skipped: 1 });
    expect(summary.skipped).toEqual([{ id: 'legacy', reason: NO_STORED_TEXT }]);
    expect(await articleOf('u1')).toMatchObject({ extractor: EXTRACTOR_VERSION });
  });
});
