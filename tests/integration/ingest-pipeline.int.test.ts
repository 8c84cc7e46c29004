import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { removeArticle } from '../../src/graph/write/index.js';
import { ingestArticles, type IngestOptions } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// The pipeline against the real Neo4j, with a stand-in extractor (ingest-fake-extract.ts) so that each
// test states exactly which companies and claims an article holds. Assertions re-read the graph.

const fake = new URL('./ingest-fake-extract.ts', import.meta.url).href;
let client: GraphClient;

const ingest = (articles: Article[], options: IngestOptions = {}) =>
  ingestArticles(client, articles, { extractModule: fake, workers: 0, ...options });

const art = (id: string, text: string, publishedAt: string | null = '2025-03-01'): Article => ({
  id, text, title: `Title ${id}`, url: `https://example.com/${id}`, source: 'Test Wire', publishedAt,
});

async function counts(): Promise<Record<string, number>> {
  const nodes = await client.runText<{ label: string; n: number }>('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n');
  const rels = await client.runText<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  return Object.fromEntries([...nodes.map((r) => [r.label, r.n]), ...rels.map((r) => [r.type, r.n])]);
}

const edge = async (type: string, from: string, to: string) =>
  (await client.runText<{ e: Record<string, unknown> }>(`MATCH (:Company {id: $from})-[e:${type}]->({id: $to}) RETURN e`, { from, to }))[0]?.e;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
});
afterAll(() => client.close());
beforeEach(() => wipe(client));

const corpus = [
  art('a1', '[[Acme Corp|Acme]] supplies [[Globex]] @0.8;\n[[Acme Corp]] competes with [[Initech]];\n[[Acme Corp]] offers {{RoadRunner 3000}}'),
  art('a2', '[[Acme]] supplies [[Globex Inc.]] @0.5;\n[[Initech]] competes with [[Acme]]', '2025-06-15T12:00:00Z'),
  art('a3', '[[Hooli]] supplies [[Globex]] @0.6'),
];

describe('ingestArticles', () => {
  it('stores articles, entities, assertions and derived edges with evidence', async () => {
    const report = await ingest(corpus);
    expect(report.counts).toMatchObject({ new: 3, updated: 0, unchanged: 0, failed: 0, companiesCreated: 4, productsCreated: 1, edgesCreated: 4 });
    const supplies = await edge('SUPPLIES', 'acme', 'globex');
    // noisy-or of 0.8 and 0.5; dates from the two articles
    expect(supplies).toMatchObject({ evidenceCount: 2, firstSeen: '2025-03-01T00:00:00Z', lastSeen: '2025-06-15T12:00:00Z' });
    expect(supplies!.confidence).toBeCloseTo(0.9, 10);
    // COMPETES_WITH is stored once, from the smaller id, whichever way the articles said it
    expect(await edge('COMPETES_WITH', 'acme', 'initech')).toMatchObject({ evidenceCount: 2 });
    expect(await edge('COMPETES_WITH', 'initech', 'acme')).toBeUndefined();
    expect(await edge('OFFERS', 'acme', 'roadrunner-3000')).toMatchObject({ evidenceCount: 1 });
    const [acme] = await client.runText<{ c: Record<string, unknown> }>('MATCH (c:Company {id: "acme"}) RETURN c');
    // "Acme" and "Acme Corp" share the key "acme": one Alias node, whose text is the name itself
    expect(acme!.c).toMatchObject({ name: 'Acme Corp', mentionCount: 5, aliases: [], aliasText: '', firstSeen: '2025-03-01T00:00:00Z' });
    const [mention] = await client.runText<{ count: number }>('MATCH (:Article {id: "a1"})-[m:MENTIONS]->(:Company {id: "acme"}) RETURN m.count AS count');
    expect(mention!.count).toBe(3);
    const a1 = report.results.find((r) => r.id === 'a1')!;
    expect(a1.edges).toContainEqual({ type: 'SUPPLIES', sourceId: 'acme', targetId: 'globex', created: true });
  });

  it('is idempotent: the same content again is unchanged and writes nothing', async () => {
    await ingest(corpus);
    const before = await counts();
    const again = await ingest(corpus);
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3, failed: 0, companiesCreated: 0, edgesCreated: 0 });
    expect(await counts()).toEqual(before);
  });

  it('replaces the claims of an updated article and recomputes the edges they supported', async () => {
    await ingest(corpus);
    const report = await ingest([art('a2', '[[Globex]] competes with [[Hooli]]', '2025-06-15T12:00:00Z')]);
    expect(report.counts).toMatchObject({ updated: 1, edgesCreated: 1 });
    const sentences = await client.runText<{ s: string }>('MATCH (s:Assertion)-[:IN]->(:Article {id: "a2"}) RETURN s.sentence AS s');
    expect(sentences.map((r) => r.s)).toEqual(['[[Globex]] competes with [[Hooli]]']);
    const supplies = await edge('SUPPLIES', 'acme', 'globex');
    expect(supplies).toMatchObject({ evidenceCount: 1, lastSeen: '2025-03-01T00:00:00Z' });
    expect(supplies!.confidence).toBeCloseTo(0.8, 10);
    expect(await edge('COMPETES_WITH', 'acme', 'initech')).toMatchObject({ evidenceCount: 1 });
    expect(await edge('COMPETES_WITH', 'globex', 'hooli')).toMatchObject({ evidenceCount: 1 });
  });

  it('removes an article: edges without evidence and entities nothing mentions go', async () => {
    await ingest(corpus);
    expect(await removeArticle(client, 'a3')).toBe(true);
    expect(await removeArticle(client, 'a3')).toBe(false);
    expect(await client.runText('MATCH (c:Company {id: "hooli"}) RETURN c')).toEqual([]);
    expect(await client.runText('MATCH (a:Alias {key: "hooli"}) RETURN a')).toEqual([]);
    expect(await edge('SUPPLIES', 'hooli', 'globex')).toBeUndefined();
    expect(await edge('SUPPLIES', 'acme', 'globex')).toMatchObject({ evidenceCount: 2 });
    await removeArticle(client, 'a1');
    await removeArticle(client, 'a2');
    expect(await counts()).toEqual({});
  });

  it('checks articles passed from code: a bad one fails alone', async () => {
    const bad = [{ id: 'no-text' } as unknown as Article, art('ok', '[[Acme]] supplies [[Globex]]'), { id: 'd', text: 'x', publishedAt: 'soon' }];
    const report = await ingest(bad);
    expect(report.results.map((r) => [r.id, r.status, r.error])).toEqual([
      ['no-text', 'failed', 'missing "text"'],
      ['d', 'failed', expect.stringMatching(/^"publishedAt" is not a date/)],
      ['ok', 'new', undefined],
    ]);
  });

  it('does not store hedged claims', async () => {
    await ingest([art('h1', '[[Acme]] does not supply, it is not true that [[Acme]] supplies [[Globex]]')]);
    expect(await client.runText('MATCH (s:Assertion) RETURN s')).toEqual([]);
    expect(await client.runText('MATCH ()-[e:SUPPLIES]->() RETURN e')).toEqual([]);
  });

  it('stores names with quotes, backslashes, Cypher keywords and emoji literally', async () => {
    const names = [`O'Brien "Quoted" Ltd`, 'Back\\slash\\Co', 'MATCH (n) DETACH DELETE n', '🚀 Rocket Labs 🌕', '}) RETURN 1 //'];
    const text = names.map((n, i) => `[[${n}]] supplies [[Target ${i}]]`).join('\n');
    const report = await ingest([art('weird', text)]);
    expect(report.counts.failed).toBe(0);
    const stored = await client.runText<{ name: string }>('MATCH (c:Company)-[:SUPPLIES]->() RETURN c.name AS name ORDER BY name');
    expect(stored.map((r) => r.name).sort()).toEqual([...names].sort());
    const [sentence] = await client.runText<{ s: string }>('MATCH (s:Assertion)-[:SUBJECT]->(:Company {name: $n}) RETURN s.sentence AS s', { n: names[1] });
    expect(sentence!.s).toBe(`[[${names[1]}]] supplies [[Target 1]]`);
    expect((await counts()).Company).toBe(10);
  });

  it('gives every edge at least one assertion with a sentence and an article', async () => {
    await ingest(corpus);
    const unsupported = await client.runText(
      `MATCH (x)-[e:SUPPLIES|COMPETES_WITH|OFFERS]->(y)
       WHERE NOT EXISTS { MATCH (s:Assertion)-[:IN]->(:Article)
                          WHERE s.type = type(e) AND s.sentence <> ''
                            AND ((s)-[:SUBJECT]->(x) AND (s)-[:OBJECT]->(y)
                                 OR type(e) = 'COMPETES_WITH' AND (s)-[:SUBJECT]->(y) AND (s)-[:OBJECT]->(x)) }
       RETURN x.id, type(e), y.id`,
    );
    expect(unsupported).toEqual([]);
  });

  it('extracts in worker threads for larger inputs and reports progress', async () => {
    const many = Array.from({ length: 30 }, (_, i) => art(`w${i}`, `[[Company ${i % 7}]] supplies [[Company ${(i + 1) % 7}]]`));
    let progress = 0;
    const report = await ingest(many, { workers: 2, batchSize: 8, onProgress: (p) => (progress = p.done) });
    expect(report.counts).toMatchObject({ new: 30, failed: 0, companiesCreated: 7 });
    expect(progress).toBe(30);
    expect(report.timings!.batches).toBe(4);
    expect((await counts()).Company).toBe(7);
  });
});
