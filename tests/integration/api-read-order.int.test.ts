import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { gql, testApp, type Json } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Orders and searches that the small fixture graph cannot show: more full-text hits of the other label
// than the search ranks, and entities and articles without dates.

let client: GraphClient;
let app: ReturnType<typeof testApp>;

const gadgets = 1100;

beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  // Short product names outrank the long company name for "acme", and there are more of them than one search ranks.
  await client.runText(
    `UNWIND range(1, $n) AS i
     CREATE (:Product {id: 'acme-' + i, name: 'Acme ' + i, aliases: ['Acme ' + i], aliasText: 'Acme ' + i + ' | ', mentionCount: 1})`,
    { n: gadgets },
  );
  await client.runText(
    `CREATE (:Company {id: 'acme-holdings', name: 'Acme Holdings International Group Limited',
       aliases: ['Acme Holdings International Group Limited'], aliasText: 'Acme Holdings International Group Limited | ', mentionCount: 1})`,
  );
  // Dated and undated companies; one edge whose two assertions tie on confidence, one from an undated article.
  await client.runText(
    `CREATE (old:Company {id: 'old', name: 'Old', aliases: [], mentionCount: 2, firstSeen: datetime('2025-01-01T00:00:00Z'), lastSeen: datetime('2025-06-01T00:00:00Z')})
     CREATE (new:Company {id: 'new', name: 'New', aliases: [], mentionCount: 1, firstSeen: datetime('2026-01-01T00:00:00Z'), lastSeen: datetime('2026-02-01T00:00:00Z')})
     CREATE (:Company {id: 'undated', name: 'Undated', aliases: [], mentionCount: 0})
     CREATE (:Product {id: 'undated-product', name: 'Undated product', aliases: [], mentionCount: 0})
     CREATE (:Product {id: 'dated-product', name: 'Dated product', aliases: [], mentionCount: 1, firstSeen: datetime('2026-01-01T00:00:00Z'), lastSeen: datetime('2026-01-01T00:00:00Z')})
     CREATE (old)-[:SUPPLIES {confidence: 0.5, evidenceCount: 2, firstSeen: datetime('2025-01-01T00:00:00Z'), lastSeen: datetime('2025-06-01T00:00:00Z')}]->(new)
     CREATE (dated:Article {id: 'dated', url: 'https://news.example/dated', title: 'Dated', publishedAt: datetime('2025-06-01T00:00:00Z'), ingestedAt: datetime('2026-03-01T00:00:00Z')})
     CREATE (undated:Article {id: 'undated', url: 'https://news.example/undated', title: 'Undated', ingestedAt: datetime('2026-03-01T00:00:00Z')})
     CREATE (a1:Assertion {id: 'a-undated', type: 'SUPPLIES', sentence: 'Old supplies New.', confidence: 0.3, rule: 'supplies.supplier-of'})
     CREATE (a2:Assertion {id: 'b-dated', type: 'SUPPLIES', sentence: 'Old supplies New.', confidence: 0.3, rule: 'supplies.supplier-of'})
     CREATE (a1)-[:SUBJECT]->(old), (a1)-[:OBJECT]->(new), (a1)-[:IN]->(undated)
     CREATE (a2)-[:SUBJECT]->(old), (a2)-[:OBJECT]->(new), (a2)-[:IN]->(dated)`,
  );
  await client.runText('CALL db.awaitIndexes(120)');
  app = testApp(client);
});

afterAll(async () => {
  await client.close();
});

describe('full-text search ranks one label only', () => {
  it('finds a company whose name many products outrank', async () => {
    const r = await gql(app, `{ companies(search: "acme") { totalCount edges { node { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.companies).toEqual({ totalCount: 1, edges: [{ node: { id: 'acme-holdings' } }] });
  });

  it('counts product hits up to the ranking cap', async () => {
    const r = await gql(app, `{ products(search: "acme", first: 5) { totalCount edges { node { __typename } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.products.totalCount).toBe(1000);
    expect(r.data.products.edges).toHaveLength(5);
  });
});

describe('undated last', () => {
  it.each(['LAST_SEEN', 'FIRST_SEEN'])('companies by %s: newest first, undated last', async (orderBy) => {
    const r = await gql(app, `{ companies(orderBy: ${orderBy}, first: 100) { edges { node { id } } } }`);
    expect(r.errors).toBeUndefined();
    const ids = r.data.companies.edges.map((e: Json) => e.node.id as string);
    expect(ids.slice(0, 2)).toEqual(['new', 'old']);
    expect(ids.slice(2).sort()).toEqual(['acme-holdings', 'undated']);
  });

  it.each(['LAST_SEEN', 'FIRST_SEEN'])('products by %s: dated first', async (orderBy) => {
    const r = await gql(app, `{ products(orderBy: ${orderBy}, first: 1) { edges { node { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.products.edges.map((e: Json) => e.node.id)).toEqual(['dated-product']);
  });

  it('evidence of equal confidence: the dated article before the undated one', async () => {
    const r = await gql(app, `{ relationship(id: "SUPPLIES:old:new") { evidence { article { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.relationship.evidence.map((e: Json) => e.article.id)).toEqual(['dated', 'undated']);
  });
});
