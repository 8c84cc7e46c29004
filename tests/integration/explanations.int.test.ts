import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { gql, testApp, type Json } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Every stored claim says why it was read: its rule, and the features that weighed most (strongest first).
// The API's evidence hands both out. Stand-in extractors: version 1 names no features, version 2 does.

const fakeV1 = new URL('./ingest-fake-extract.ts', import.meta.url).href;
const fakeV2 = new URL('./ingest-fake-extract-v2.ts', import.meta.url).href;
let client: GraphClient;
let app: ReturnType<typeof testApp>;

const art = (id: string, text: string, publishedAt: string): Article => ({ id, text, title: `Title ${id}`, publishedAt });

const featuresOf = async (articleId: string) =>
  client.runText<{ rule: string; features: string[] | null }>(
    'MATCH (s:Assertion)-[:IN]->(:Article {id: $articleId}) RETURN s.rule AS rule, s.features AS features ORDER BY s.id',
    { articleId },
  );

beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  await ingestArticles(client, [art('old-reading', '[[Acme]] supplies [[Globex]] @0.8', '2025-01-01')], { extractModule: fakeV1, workers: 0 });
  await ingestArticles(client, [art('new-reading', '[[Acme]] supplies [[Globex]] @0.5;\n[[Acme]] offers {{Anvil}}', '2025-02-01')], {
    extractModule: fakeV2,
    workers: 0,
  });
  app = testApp(client);
});

afterAll(async () => {
  await app.dispose();
  await client.close();
});

describe('explanations', () => {
  it('stores the features of each claim in order, for company pairs and offers alike', async () => {
    expect(await featuresOf('new-reading')).toEqual([
      { rule: 'model', features: ['keyword:supplies', 'marks:company-company'] },
      { rule: 'model', features: ['keyword:offers', 'marks:company-product'] },
    ]);
  });

  it('stores an empty list when the extractor named no features', async () => {
    expect(await featuresOf('old-reading')).toEqual([{ rule: 'fake.supplies', features: [] }]);
  });

  it('serves rule and features with every piece of evidence, [] for claims stored before features were kept', async () => {
    // A claim written by an earlier newsgraph has no features property at all.
    await client.runText('MATCH (s:Assertion)-[:IN]->(:Article {id: "old-reading"}) REMOVE s.features');
    const r = await gql<Json>(app, `{ relationship(id: "SUPPLIES:acme:globex") { evidence { rule features confidence article { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.relationship.evidence).toEqual([
      { rule: 'fake.supplies', features: [], confidence: 0.8, article: { id: 'old-reading' } },
      { rule: 'model', features: ['keyword:supplies', 'marks:company-company'], confidence: 0.5, article: { id: 'new-reading' } },
    ]);
  });
});
