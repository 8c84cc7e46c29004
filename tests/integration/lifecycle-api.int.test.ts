import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import { updatedRelationships } from '../../src/graph/read/relationships.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { gql, type Json, testApp } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Relationships over time through GraphQL, on dated articles read by the stand-in extractor (ingest-fake-extract.ts):
// A (2024-03-01) Fabrikam supplies Contoso; B (2025-05-01) Contoso replaced Fabrikam with Northwind; C (2026-02-01)
// Fabrikam supplies Contoso again. Answers are checked against the edges re-read with Cypher.

const fake = new URL('./ingest-fake-extract.ts', import.meta.url).href;
let client: GraphClient;
let app: ReturnType<typeof testApp>;

const art = (id: string, text: string, publishedAt: string): Article => ({
  id, text, title: `Title ${id}`, url: `https://example.com/${id}`, source: 'Test Wire', publishedAt,
});
const A = art('a', '[[Fabrikam]] supplies display panels to [[Contoso]]', '2024-03-01');
const B = art('b', '[[Fabrikam]] supplies [[Contoso]] no longer;\n[[Northwind]] supplies panels to [[Contoso]] now', '2025-05-01');
const C = art('c', '[[Fabrikam]] supplies display panels to [[Contoso]] again', '2026-02-01');
const ingest = (articles: Article[]) => ingestArticles(client, articles, { extractModule: fake, workers: 0 });

const suppliersQuery = `query ($asOf: DateTime, $status: [RelationshipStatus!]) {
  company(id: "contoso") { suppliers(asOf: $asOf, status: $status) { totalCount edges { node { source { id } status validFrom validTo } } } }
}`;
const suppliers = async (variables: Record<string, unknown> = {}) => {
  const r = await gql(app, suppliersQuery, variables);
  expect(r.errors).toBeUndefined();
  return (r.data.company.suppliers.edges as Json[]).map((e) => e.node);
};
const ids = (nodes: Json[]) => nodes.map((n) => n.source.id).sort();

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  await wipe(client);
  app = testApp(client);
  await ingest([A]);
  await ingest([B]);
});
afterAll(async () => {
  await app.dispose();
  await client.close();
});

describe('relationships over time in the API', () => {
  it('now: Northwind supplies Contoso; Fabrikam is a former supplier', async () => {
    expect(await suppliers()).toEqual([{ source: { id: 'northwind' }, status: 'ACTIVE', validFrom: '2025-05-01T00:00:00Z', validTo: null }]);
    expect(await suppliers({ status: ['ENDED'] })).toEqual([
      { source: { id: 'fabrikam' }, status: 'ENDED', validFrom: '2024-03-01T00:00:00Z', validTo: '2025-05-01T00:00:00Z' },
    ]);
    expect(ids(await suppliers({ status: ['ACTIVE', 'ENDING', 'ENDED'] }))).toEqual(['fabrikam', 'northwind']);
  });

  it('asOf answers as the graph stood on that day', async () => {
    expect(await suppliers({ asOf: '2024-06-01' })).toEqual([
      { source: { id: 'fabrikam' }, status: 'ACTIVE', validFrom: '2024-03-01T00:00:00Z', validTo: '2025-05-01T00:00:00Z' },
    ]);
    expect(ids(await suppliers({ asOf: '2025-06-01' }))).toEqual(['northwind']);
    expect(await suppliers({ asOf: '2023-01-01' })).toEqual([]);
    // On 2025-06-01 Fabrikam's supply had ended; asking for ENDED then lists it.
    expect(ids(await suppliers({ asOf: '2025-06-01', status: ['ENDED'] }))).toEqual(['fabrikam']);
  });

  it('the pictures take asOf and status too', async () => {
    const picture = async (field: string, args: string) => {
      const r = await gql(app, `{ ${field}(${args}) { edges { source target status validTo periods { from to } } } }`);
      expect(r.errors).toBeUndefined();
      return (r.data[field].edges as Json[]).map((e) => `${e.source}>${e.target}:${e.status}`).sort();
    };
    expect(await picture('neighborhood', 'id: "contoso"')).toEqual(['northwind>contoso:ACTIVE']);
    expect(await picture('neighborhood', 'id: "contoso", asOf: "2024-06-01"')).toEqual(['fabrikam>contoso:ACTIVE']);
    expect(await picture('neighborhood', 'id: "contoso", status: [ACTIVE, ENDED]')).toEqual(['fabrikam>contoso:ENDED', 'northwind>contoso:ACTIVE']);
    expect(await picture('supplyChain', 'id: "contoso", direction: UPSTREAM, asOf: "2024-06-01"')).toEqual(['fabrikam>contoso:ACTIVE']);
    expect(await picture('supplyChain', 'id: "contoso", direction: UPSTREAM')).toEqual(['northwind>contoso:ACTIVE']);
    expect(await picture('path', 'from: "fabrikam", to: "contoso"')).toEqual([]);
    expect(await picture('path', 'from: "fabrikam", to: "contoso", asOf: "2024-06-01"')).toEqual(['fabrikam>contoso:ACTIVE']);
    const r = await gql(app, '{ relationships(type: SUPPLIES, asOf: "2025-06-01") { totalCount edges { node { id } } } }');
    expect(r.data.relationships).toEqual({ totalCount: 1, edges: [{ node: { id: 'SUPPLIES:northwind:contoso' } }] });
  });

  it('a relationship shows its periods with the sentences that opened and closed them', async () => {
    const r = await gql(app, `{ relationship(id: "SUPPLIES:fabrikam:contoso") {
      status change periods { from to opening { sentence status article { id } } closing { sentence status article { id publishedAt } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.relationship).toEqual({
      status: 'ENDED', change: 'ENDED',
      periods: [{
        from: '2024-03-01T00:00:00Z', to: '2025-05-01T00:00:00Z',
        opening: { sentence: A.text, status: null, article: { id: 'a' } },
        closing: { sentence: '[[Fabrikam]] supplies [[Contoso]] no longer', status: 'ended', article: { id: 'b', publishedAt: '2025-05-01T00:00:00Z' } },
      }],
    });
  });

  it('changes(since) reports the ending; re-opening is a change the live feed sends', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const r = await gql(app, `query ($since: DateTime!) { changes(since: $since) { relationships { id } endings { id status validTo } } }`, { since });
    expect(r.data.changes.endings).toEqual([{ id: 'SUPPLIES:fabrikam:contoso', status: 'ENDED', validTo: '2025-05-01T00:00:00Z' }]);
    expect((r.data.changes.relationships as Json[]).map((x) => x.id).sort()).toEqual(['SUPPLIES:fabrikam:contoso', 'SUPPLIES:northwind:contoso']);

    const before = new Date(Date.now() - 1000).toISOString();
    await ingest([C]);
    const { items } = await updatedRelationships(client, { since: before, afterId: '' }, 10);
    expect(items.map((i) => [i.id, i.change, i.status, i.periods.length])).toEqual([['SUPPLIES:fabrikam:contoso', 'REOPENED', 'ACTIVE', 2]]);
    const rel = await gql(app, '{ relationship(id: "SUPPLIES:fabrikam:contoso") { status validFrom periods { from to closing { sentence } } } }');
    expect(rel.data.relationship).toEqual({
      status: 'ACTIVE', validFrom: '2026-02-01T00:00:00Z',
      periods: [
        { from: '2024-03-01T00:00:00Z', to: '2025-05-01T00:00:00Z', closing: { sentence: '[[Fabrikam]] supplies [[Contoso]] no longer' } },
        { from: '2026-02-01T00:00:00Z', to: null, closing: null },
      ],
    });
    const [row] = await client.runText<{ n: number }>('MATCH ()-[e:SUPPLIES {status: "ACTIVE"}]->(:Company {id: "contoso"}) RETURN count(e) AS n');
    expect(row!.n).toBe(2);
  });

  it('a bad status or date is refused with a clear error', async () => {
    const r = await gql(app, '{ company(id: "contoso") { suppliers(status: [GONE]) { totalCount } } }');
    expect(r.errors?.[0]?.message).toMatch(/GONE/);
    const d = await gql(app, '{ company(id: "contoso") { suppliers(asOf: "last year") { totalCount } } }');
    expect(d.errors?.[0]?.message).toMatch(/DateTime/);
  });
});
