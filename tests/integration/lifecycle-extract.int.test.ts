import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CompanyEntry } from '../../src/extract/gazetteer.js';
import type { Article } from '../../src/extract/types.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { removeArticle } from '../../src/graph/write/index.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { gql, type Json, testApp } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// A supplier switch read by the real extractor from plain sentences, stored in the real Neo4j and asked for through
// GraphQL. The three companies are the user's own (NEWSGRAPH_GAZETTEER), as made-up names are nowhere else.

const companies: CompanyEntry[] = ['Fabrikam', 'Contoso', 'Northwind'].map((name) => ({ name, aliases: [], tickers: [], country: '', industry: '' }));
const art = (id: string, text: string, publishedAt: string): Article => ({ id, text, title: null, url: null, source: 'Test Wire', publishedAt });
const A = art('switch-a', 'Fabrikam supplies display panels to Contoso.', '2024-03-01');
const B = art('switch-b', 'Contoso replaced Fabrikam with Northwind as its panel supplier.', '2025-05-01');
const C = art('switch-c', 'Fabrikam supplies display panels to Contoso again.', '2026-02-01');

let client: GraphClient;
let app: ReturnType<typeof testApp>;
const ingest = (articles: Article[]) => ingestArticles(client, articles, { workers: 0, userCompanies: companies });

const suppliers = async (asOf?: string) => {
  const r = await gql(app, `query ($asOf: DateTime) { company(id: "contoso") { suppliers(asOf: $asOf, status: [ACTIVE, ENDING, ENDED]) {
    edges { node { source { id } status validFrom validTo periods { from to } } } } } }`, { asOf });
  expect(r.errors).toBeUndefined();
  return Object.fromEntries((r.data.company.suppliers.edges as Json[]).map((e) => [e.node.source.id, e.node]));
};
const snapshot = () =>
  client.runText(`MATCH (s)-[e:SUPPLIES]->(t) RETURN s.id AS s, t.id AS t, e.status AS status, e.validFrom AS validFrom,
    e.validTo AS validTo, e.periodFrom AS periodFrom, e.periodTo AS periodTo, round(e.confidence, 9) AS confidence ORDER BY s, t`);

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  app = testApp(client);
});
afterAll(async () => {
  await app.dispose();
  await client.close();
});
beforeEach(() => wipe(client));

describe('a supplier switch read from the news', () => {
  it('ends the old supplier on the day of the switch, and asOf replays it', async () => {
    await ingest([A, B]);
    const now = await suppliers();
    expect(now.fabrikam).toMatchObject({ status: 'ENDED', validFrom: '2024-03-01T00:00:00Z', validTo: '2025-05-01T00:00:00Z' });
    expect(now.northwind).toMatchObject({ status: 'ACTIVE', validFrom: '2025-05-01T00:00:00Z', validTo: null });

    const current = async (asOf: string) => {
      const r = await gql(app, `query ($asOf: DateTime) { company(id: "contoso") { suppliers(asOf: $asOf) { edges { node { source { id } } } } } }`, { asOf });
      return (r.data.company.suppliers.edges as Json[]).map((e) => e.node.source.id).sort();
    };
    expect(await current('2024-06-01')).toEqual(['fabrikam']);
    expect(await current('2025-06-01')).toEqual(['northwind']);

    expect(await removeArticle(client, B.id)).toBe(true);
    expect((await suppliers()).fabrikam).toMatchObject({ status: 'ACTIVE', validTo: null });
  });

  it('gives the same graph whichever article comes first', async () => {
    await ingest([A]);
    await ingest([B]);
    const first = await snapshot();
    await wipe(client);
    await ingest([B]);
    await ingest([A]);
    expect(await snapshot()).toEqual(first);
  });

  it('re-opens the relationship when a later article says it holds again', async () => {
    await ingest([A, B, C]);
    expect((await suppliers()).fabrikam).toMatchObject({
      status: 'ACTIVE', validFrom: '2026-02-01T00:00:00Z', validTo: null,
      periods: [{ from: '2024-03-01T00:00:00Z', to: '2025-05-01T00:00:00Z' }, { from: '2026-02-01T00:00:00Z', to: null }],
    });
  });
});
