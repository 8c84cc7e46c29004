import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { MAX_STORED_SENTENCE, TX_BUDGET } from '../../src/ingest/write-budget.js';
import { testClient, wipe } from './helpers.js';

// Articles within the input limits that carry a lot: the write transactions stay bounded by what they carry
// (so Neo4j's heap and timeout are never the limit), an article past the claims limit is refused alone, and
// a sentence stores a bounded amount of text.

const fake = new URL('./ingest-fake-extract.ts', import.meta.url).href;
let client: GraphClient;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
});
afterAll(() => client.close());
beforeEach(() => wipe(client));

const count = async (cypher: string) => (await client.runText<{ n: number }>(cypher))[0]!.n;
/** An article stating `n` supply relations among 50 companies (the fake extractor's markup). */
const heavy = (id: string, n: number): Article => ({
  id,
  text: Array.from({ length: n }, (_, i) => `[[Maker ${i % 20}]] supplies [[Buyer ${i % 30}]] with parts, lot ${id}-${i}`).join('\n'),
});

describe('ingest of heavy articles', () => {
  it('packs transactions by the claims they carry, not by article count', async () => {
    // 3 articles of 1,000 relations among 50 companies each: one transaction by count (batch size 200).
    const articles = Array.from({ length: 3 }, (_, i) => heavy(`h${i}`, 1_000));
    const report = await ingestArticles(client, articles, { extractModule: fake, workers: 0 });
    expect(report.counts).toMatchObject({ new: 3, failed: 0 });
    expect(2 * 1_050).toBeGreaterThan(TX_BUDGET.claims);
    expect(report.timings!.batches).toBe(3);
    expect(await count('MATCH (s:Assertion) RETURN count(s) AS n')).toBe(3_000);
  }, 240_000);

  it('refuses an article that makes more claims than one article may, and stores the others', async () => {
    const tooMany: Article = { id: 'too-many', text: Array.from({ length: 10_001 }, (_, i) => `[[Acme]] supplies [[Globex]] lot ${i}`).join('\n') };
    const report = await ingestArticles(client, [heavy('fine', 10), tooMany], { extractModule: fake, workers: 0 });
    expect(report.results.find((r) => r.id === 'too-many')).toMatchObject({
      status: 'failed',
      error: 'makes 10,003 claims (relations and entities), over the 10,000 limit for one article; split it',
    });
    expect(report.counts).toMatchObject({ new: 1, failed: 1 });
    expect(await count(`MATCH (a:Article {id: 'too-many'}) RETURN count(a) AS n`)).toBe(0);
    expect(await count('MATCH (s:Assertion) RETURN count(s) AS n')).toBe(10);
  }, 240_000);

  it('stores at most a bounded part of one very long sentence', async () => {
    const article: Article = { id: 'long', text: `[[Acme]] supplies [[Globex]] ${'and more '.repeat(20_000)}` };
    const report = await ingestArticles(client, [article], { extractModule: fake, workers: 0 });
    expect(report.counts).toMatchObject({ new: 1, failed: 0 });
    const [row] = await client.runText<{ s: string }>('MATCH (s:Assertion) RETURN s.sentence AS s');
    expect(row!.s.length).toBe(MAX_STORED_SENTENCE);
    expect(row!.s.startsWith('[[Acme]] supplies [[Globex]] and more')).toBe(true);
  });
});
