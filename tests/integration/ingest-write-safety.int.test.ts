import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/errors.js';
import type { Article, Extraction } from '../../src/extract/types.js';
import type { GraphClient, Tx } from '../../src/graph/neo4j-client.js';
import { type ArticleWrite, writeArticles } from '../../src/graph/write/index.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// How the write side behaves when the graph changes under it or the database fails: claims are never
// dropped silently, nothing is left behind, and a dead database fails a run quickly.

const fake = new URL('./ingest-fake-extract.ts', import.meta.url).href;
let client: GraphClient;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
});
afterAll(() => client.close());
beforeEach(() => wipe(client));

/** The client, with `writeTransaction` replaced (reads and everything else go to the real one). */
function withWrite(write: GraphClient['writeTransaction']): GraphClient {
  return Object.assign(Object.create(client) as GraphClient, { writeTransaction: write });
}

const mention = (text: string) => ({ text, start: 0, end: text.length });
const record = (id: string, contentHash = id) => ({ id, url: null, title: null, source: null, publishedAt: '2025-03-01', contentHash, text: id, extractor: 'test' });
const supplies = (source: string, target: string) => ({
  type: 'SUPPLIES' as const, source, target, sentence: `${source} supplies ${target}`, start: 0, end: 10, confidence: 0.5, rule: 'test.supplies',
});
const write = (id: string, extraction: Omit<Extraction, 'articleId' | 'text'>): ArticleWrite => ({
  article: record(id),
  extraction: { articleId: id, text: '', ...extraction },
});
const acmeSuppliesGlobex = (id: string) =>
  write(id, {
    companies: [
      { name: 'Acme', aliases: [], mentions: [mention('Acme')], confidence: 0.9 },
      { name: 'Globex', aliases: [], mentions: [mention('Globex')], confidence: 0.9 },
    ],
    products: [],
    relations: [supplies('Acme', 'Globex')],
  });

const count = async (cypher: string) => (await client.runText<{ n: number }>(cypher))[0]!.n;

describe('writeArticles', () => {
  // A concurrent merge or removal can delete an entity between resolution and the write; simulated here by
  // deleting it inside the transaction right before the named statement runs.
  it.each(['lock-entities', 'create-assertions', 'add-mentions'])(
    'fails, rather than drop the claims, when a resolved entity is deleted before %s',
    async (statement) => {
      await writeArticles(client, [acmeSuppliesGlobex('a1')]);
      const racing = withWrite((work, label) =>
        client.writeTransaction(
          (tx) =>
            work({
              async run(query, params) {
                if (query.name === statement) await tx.run({ name: 'test', text: 'MATCH (c:Company {id: "globex"}) DETACH DELETE c' });
                return tx.run(query, params);
              },
            } as Tx),
          label,
        ),
      );
      await expect(writeArticles(racing, [acmeSuppliesGlobex('a2')])).rejects.toThrow(/no longer exists|was deleted/);
      expect(await count('MATCH (a:Article {id: "a2"}) RETURN count(a) AS n')).toBe(0);
      expect(await count('MATCH (c:Company {id: "globex"}) RETURN count(c) AS n')).toBe(1);
    },
  );

  it('deletes an entity created for a relation that was dropped because both ends are one entity', async () => {
    // "Foo" and "Foo Inc." share the key "foo": the claim would be a self-loop, and neither end is mentioned.
    const out = await writeArticles(client, [write('a1', { companies: [], products: [], relations: [supplies('Foo', 'Foo Inc.')] })]);
    expect(out.results[0]).toMatchObject({ status: 'new', edges: [] });
    expect(out.companiesCreated).toBe(0);
    expect(await count('MATCH (c:Company) RETURN count(c) AS n')).toBe(0);
    expect(await count('MATCH (a:Alias) RETURN count(a) AS n')).toBe(0);
  });

  it('leaves no alias key without an entity behind', async () => {
    await writeArticles(client, [
      write('a1', {
        companies: [{ name: 'Acme Widgets Inc.', aliases: ['Acme', 'AWI'], mentions: [mention('Acme')], confidence: 0.9 }],
        products: [],
        relations: [],
      }),
      acmeSuppliesGlobex('a2'),
    ]);
    expect(await count('MATCH (a:Alias) WHERE NOT EXISTS { (a)-[:OF]->() } RETURN count(a) AS n')).toBe(0);
    expect(await count('MATCH (a:Alias) WHERE a.text IS NULL RETURN count(a) AS n')).toBe(0);
    expect(await count('MATCH (a:Alias) RETURN count(a) AS n')).toBe(4);
  });
});

describe('ingestArticles when the database fails', () => {
  it('fails the batch at once, without retrying article by article, and stops the run', async () => {
    let attempts = 0;
    const down = withWrite(async () => {
      attempts++;
      throw new DatabaseError('ingest-batch: Neo4j unavailable (connection refused)');
    });
    const articles: Article[] = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, text: `[[Company ${i}]] supplies [[Globex]]` }));
    const report = await ingestArticles(down, articles, { extractModule: fake, workers: 0, batchSize: 4 });
    expect(attempts).toBe(1);
    expect(report.counts.new).toBe(0);
    expect(report.results.length).toBeGreaterThanOrEqual(4);
    expect(report.results.every((r) => r.status === 'failed' && /Neo4j unavailable/.test(r.error ?? ''))).toBe(true);
  });

  it('retries a failed batch in halves, so one bad article costs a few attempts, not one per article', async () => {
    let attempts = 0;
    // Any transaction that carries article "f5" fails; the others are real writes.
    const oneBad = withWrite((work, label) => {
      attempts++;
      return client.writeTransaction(
        (tx) =>
          work({
            run(query, params) {
              const rows = (params?.rows ?? []) as Array<{ id?: string }>;
              if (query.name === 'merge-articles' && rows.some((r) => r.id === 'f5')) throw new Error('boom');
              return tx.run(query, params);
            },
          } as Tx),
        label,
      );
    });
    const articles: Article[] = Array.from({ length: 16 }, (_, i) => ({ id: `f${i}`, text: `[[Company ${i}]] supplies [[Globex]]` }));
    const report = await ingestArticles(oneBad, articles, { extractModule: fake, workers: 0, batchSize: 16 });
    expect(report.counts).toMatchObject({ new: 15, failed: 1 });
    expect(report.results.find((r) => r.status === 'failed')).toMatchObject({ id: 'f5', error: 'write failed: boom' });
    // 16 → 8 → 4 → 2 → 1 on the failing side, each other half once: 9 transactions, not 1 + 16.
    expect(attempts).toBe(9);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(15);
  });
});
