import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { createFixtureGraph } from './api-fixture.js';
import { gql, testApp, type Json } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Every read query on the fixture graph; answers are compared with the graph re-read through Cypher.

let client: GraphClient;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  await createFixtureGraph(client);
  // The full-text index fills asynchronously after writes.
  await client.runText('CALL db.awaitIndexes(60)');
  app = testApp(client);
});

afterAll(async () => {
  await client.close();
});

const entityFields = 'id name aliases mentionCount firstSeen lastSeen';

describe('company and product lookups', () => {
  it.each([
    ['by id', { id: 'nvidia' }, 'nvidia'],
    ['by canonical name', { name: 'Nvidia' }, 'nvidia'],
    ['by an alias', { name: 'Hon Hai' }, 'foxconn'],
    ['by an alias with a legal suffix', { name: 'Meta Platforms, Inc.' }, 'meta-platforms'],
    ['by a short alias', { name: 'Meta' }, 'meta-platforms'],
    ['unknown id', { id: 'nope' }, null],
    ['unknown name', { name: 'Nobody Ltd' }, null],
  ])('company %s', async (_, args, expected) => {
    const r = await gql(app, `query($id: ID, $name: String) { company(id: $id, name: $name) { id } }`, args);
    expect(r.errors).toBeUndefined();
    expect(r.data.company?.id ?? null).toBe(expected);
  });

  it('returns the stored properties', async () => {
    const r = await gql(app, `{ company(id: "tsmc") { ${entityFields} } }`);
    const [stored] = await client.runText(`MATCH (c:Company {id: 'tsmc'}) RETURN c {.*} AS c`);
    const c = stored.c as Record<string, unknown>;
    expect(r.data.company).toEqual({
      id: 'tsmc', name: c.name, aliases: c.aliases, mentionCount: c.mentionCount, firstSeen: c.firstSeen, lastSeen: c.lastSeen,
    });
    expect(r.data.company.mentionCount).toBe(4);
  });

  it('needs exactly one of id and name', async () => {
    const r = await gql(app, `{ company { id } }`);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.issues).toBeInstanceOf(Array);
  });

  it('product by id and by name, with its makers', async () => {
    const r = await gql(app, `{ a: product(id: "h100") { id name offeredBy { totalCount edges { node { id source { id } } } } }
      b: product(name: "iphone") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a).toEqual({
      id: 'h100', name: 'H100',
      offeredBy: { totalCount: 1, edges: [{ node: { id: 'OFFERS:nvidia:h100', source: { id: 'nvidia' } } }] },
    });
    expect(r.data.b.id).toBe('iphone');
  });
});

describe('lists and search', () => {
  it('pages through all companies with cursors, in name order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: Json = await gql(app, `query($after: String) { companies(first: 3, after: $after) {
        totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(r.errors).toBeUndefined();
      expect(r.data.companies.totalCount).toBe(7);
      seen.push(...r.data.companies.edges.map((e: Json) => e.node.name));
      if (!r.data.companies.pageInfo.hasNextPage) break;
      after = r.data.companies.pageInfo.endCursor;
    }
    const rows = await client.runText(`MATCH (c:Company) RETURN c.name AS name ORDER BY c.name`);
    expect(seen).toEqual(rows.map((x) => x.name));
  });

  it('orders by mentions', async () => {
    const r = await gql(app, `{ companies(first: 2, orderBy: MENTIONS) { edges { node { id mentionCount } } } }`);
    expect(r.data.companies.edges.map((e: Json) => e.node.id)).toEqual(['nvidia', 'tsmc']);
  });

  it.each([
    ['exact', 'Foxconn', 'foxconn'],
    ['an alias', 'Taiwan Semiconductor', 'tsmc'],
    ['a typo', 'Nvidai', 'nvidia'],
    ['a prefix', 'Micro Dev', 'amd'],
  ])('full-text search finds %s', async (_, search, expected) => {
    const r = await gql(app, `query($s: String) { companies(search: $s) { totalCount edges { node { id } } } }`, { s: search });
    expect(r.errors).toBeUndefined();
    expect(r.data.companies.edges[0]?.node.id).toBe(expected);
  });

  it('search text is never Lucene syntax', async () => {
    const r = await gql(app, `{ companies(search: "AND OR ) ( * ~ \\\\ : \\"") { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.companies.totalCount).toBe(0);
  });

  it('products list', async () => {
    const r = await gql(app, `{ products { totalCount edges { node { id } } } }`);
    expect(r.data.products.edges.map((e: Json) => e.node.id)).toEqual(['h100', 'iphone']);
  });

  it('refuses pages over 100 and bad cursors', async () => {
    const big = await gql(app, `{ companies(first: 101) { totalCount } }`);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await gql(app, `{ companies(after: "bm9wZQ") { totalCount } }`);
    expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('company relationships', () => {
  it('suppliers, customers and competitors with evidence', async () => {
    const r = await gql(app, `{ company(id: "nvidia") {
      suppliers { totalCount edges { node { id type confidence evidenceCount firstSeen lastSeen source { id } target { id }
        evidence { sentence rule confidence amount currency article { id url title publishedAt } } } } }
      customers { edges { node { id target { id name } } } }
      competitors { edges { node { id source { id } target { id } } } }
      products { totalCount edges { node { id name } } }
      articles { totalCount edges { node { id } } }
    } }`);
    expect(r.errors).toBeUndefined();
    const c = r.data.company;
    expect(c.suppliers.totalCount).toBe(1);
    const supplies = c.suppliers.edges[0].node;
    expect(supplies).toMatchObject({
      id: 'SUPPLIES:tsmc:nvidia', type: 'SUPPLIES', evidenceCount: 2, firstSeen: '2026-01-05T09:00:00Z',
      lastSeen: '2026-02-10T09:00:00Z', source: { id: 'tsmc' }, target: { id: 'nvidia' },
    });
    expect(supplies.confidence).toBeCloseTo(0.9);
    expect(supplies.evidence.map((e: Json) => e.rule)).toEqual(['supplies.makes-chips-for', 'supplies.supplier-of']);
    expect(supplies.evidence[0]).toMatchObject({ amount: 1e9, currency: 'USD', article: { id: 'a1', title: 'TSMC ramps up' } });
    expect(c.customers.edges.map((e: Json) => e.node.target.id)).toEqual(['meta-platforms']);
    expect(c.competitors.edges.map((e: Json) => e.node.id)).toEqual(['COMPETES_WITH:amd:nvidia']);
    expect(c.products.edges.map((e: Json) => e.node.id)).toEqual(['h100']);
    expect(c.articles.edges.map((e: Json) => e.node.id)).toEqual(['a3', 'a2', 'a1']);
  });

  it('filters by confidence and date, and pages', async () => {
    const r = await gql(app, `{ company(id: "apple") {
      all: suppliers(first: 1) { totalCount edges { node { source { id } } } pageInfo { hasNextPage endCursor } }
      strong: suppliers(minConfidence: 0.65) { edges { node { source { id } } } }
      recent: suppliers(since: "2026-02-01") { edges { node { source { id } } } }
    } }`);
    expect(r.errors).toBeUndefined();
    const c = r.data.company;
    expect(c.all.totalCount).toBe(2);
    expect(c.all.edges.map((e: Json) => e.node.source.id)).toEqual(['tsmc']);
    expect(c.all.pageInfo.hasNextPage).toBe(true);
    const next = await gql(app, `query($after: String) { company(id: "apple") { suppliers(first: 1, after: $after) {
      edges { node { source { id } } } pageInfo { hasNextPage } } } }`, { after: c.all.pageInfo.endCursor });
    expect(next.data.company.suppliers.edges[0].node.source.id).toBe('foxconn');
    expect(next.data.company.suppliers.pageInfo.hasNextPage).toBe(false);
    expect(c.strong.edges.map((e: Json) => e.node.source.id)).toEqual(['tsmc']);
    expect(c.recent.edges.map((e: Json) => e.node.source.id)).toEqual(['foxconn']);
  });

  it('timeline by month and week', async () => {
    const r = await gql(app, `{ company(id: "nvidia") { m: timeline(interval: MONTH) { start mentions newRelationships }
      w: timeline(interval: WEEK) { start mentions } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.company.m).toEqual([
      { start: '2026-01-01T00:00:00Z', mentions: 2, newRelationships: 1 },
      { start: '2026-02-01T00:00:00Z', mentions: 2, newRelationships: 1 },
      { start: '2026-03-01T00:00:00Z', mentions: 1, newRelationships: 2 },
    ]);
    // Weeks start on Monday: 2026-03-16 is one.
    expect(r.data.company.w.at(-1)).toEqual({ start: '2026-03-16T00:00:00Z', mentions: 1 });
  });
});

describe('relationships over the graph', () => {
  it('relationship by id, for each type', async () => {
    for (const id of ['SUPPLIES:tsmc:nvidia', 'COMPETES_WITH:amd:nvidia', 'OFFERS:nvidia:h100']) {
      const r = await gql(app, `query($id: ID!) { relationship(id: $id) { id source { __typename id } target { __typename id } evidenceCount } }`, { id });
      expect(r.errors).toBeUndefined();
      expect(r.data.relationship.id).toBe(id);
    }
    const offers = await gql(app, `{ relationship(id: "OFFERS:nvidia:h100") { target { __typename ... on Product { name } } } }`);
    expect(offers.data.relationship.target).toEqual({ __typename: 'Product', name: 'H100' });
    const none = await gql(app, `{ a: relationship(id: "SUPPLIES:nvidia:tsmc") { id } b: relationship(id: "garbage") { id } }`);
    expect(none.data).toEqual({ a: null, b: null });
  });

  it('finds COMPETES_WITH by either order of the pair, answering the stored id', async () => {
    const r = await gql(app, `{ a: relationship(id: "COMPETES_WITH:nvidia:amd") { id evidenceCount evidence { rule } }
      b: relationship(id: "COMPETES_WITH:amd:nvidia") { id } c: relationship(id: "SUPPLIES:nvidia:tsmc") { id } }`);
    expect(r.errors).toBeUndefined();
    const [stored] = await client.runText(`MATCH (s:Company)-[r:COMPETES_WITH]->(t:Company) 
      WHERE s.id IN ['nvidia', 'amd'] AND t.id IN ['nvidia', 'amd'] RETURN 'COMPETES_WITH:' + s.id + ':' + t.id AS id, r.evidenceCount AS n`);
    expect(r.data).toEqual({ a: { id: stored.id, evidenceCount: stored.n, evidence: [{ rule: 'competes.rival' }] }, b: { id: stored.id }, c: null });
  });

  it('lists every edge, strongest first, matching Cypher', async () => {
    const r = await gql(app, `{ relationships(first: 100) { totalCount edges { node { id confidence } } } }`);
    const rows = await client.runText(
      `MATCH (s)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->(t) RETURN type(r) + ':' + s.id + ':' + t.id AS id, r.confidence AS c ORDER BY c DESC, s.id, t.id`,
    );
    expect(r.data.relationships.totalCount).toBe(rows.length);
    expect(r.data.relationships.edges.map((e: Json) => e.node.id)).toEqual(rows.map((x) => x.id));
  });

  it('filters by type, confidence and date', async () => {
    const r = await gql(app, `{ a: relationships(type: COMPETES_WITH) { totalCount }
      b: relationships(minConfidence: 0.8) { edges { node { id } } }
      c: relationships(types: [SUPPLIES], since: "2026-03-01") { edges { node { id } } } }`);
    expect(r.data.a.totalCount).toBe(2);
    expect(r.data.b.edges.map((e: Json) => e.node.id).sort()).toEqual(['OFFERS:apple:iphone', 'OFFERS:nvidia:h100', 'SUPPLIES:tsmc:nvidia']);
    expect(r.data.c.edges.map((e: Json) => e.node.id)).toEqual(['SUPPLIES:nvidia:meta-platforms']);
  });

  it('changes since a moment', async () => {
    const r = await gql(app, `{ all: changes(since: "2026-01-01") { since truncated companies { id } relationships { id } }
      some: changes(since: "2026-03-18") { companies { id } relationships { id } }
      few: changes(since: "2026-01-01", first: 2) { truncated companies { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.all.since).toBe('2026-01-01T00:00:00.000Z');
    expect(r.data.all.companies).toHaveLength(7);
    expect(r.data.all.relationships).toHaveLength(8);
    expect(r.data.all.truncated).toBe(false);
    // Companies were created on 2026-01-05 in the fixture, the edges on 2026-03-20.
    expect(r.data.some.companies).toEqual([]);
    expect(r.data.some.relationships).toHaveLength(8);
    expect(r.data.few.companies).toHaveLength(2);
    expect(r.data.few.truncated).toBe(true);
    const later = await gql(app, `{ changes(since: "2026-04-01") { companies { id } relationships { id } } }`);
    expect(later.data.changes).toEqual({ companies: [], relationships: [] });
  });

  it('articles and article', async () => {
    const r = await gql(app, `{ articles(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage } }
      recent: articles(since: "2026-02-01") { totalCount }
      article(id: "a2") { id url title source publishedAt ingestedAt } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.articles).toEqual({ totalCount: 3, edges: [{ node: { id: 'a3' } }, { node: { id: 'a2' } }], pageInfo: { hasNextPage: true } });
    expect(r.data.recent.totalCount).toBe(2);
    expect(r.data.article).toEqual({
      id: 'a2', url: 'https://news.example/a2', title: 'Chip rivalry', source: 'Example Wire',
      publishedAt: '2026-02-10T09:00:00Z', ingestedAt: '2026-03-20T00:00:00Z',
    });
  });

  it('stats match the count store', async () => {
    const r = await gql(app, `{ stats { articles companies products edges { type count } } }`);
    expect(r.data.stats).toEqual({
      articles: 3, companies: 7, products: 2,
      edges: [{ type: 'SUPPLIES', count: 4 }, { type: 'COMPETES_WITH', count: 2 }, { type: 'OFFERS', count: 2 }],
    });
  });
});

describe('drawing queries', () => {
  const graphFields = 'nodes { id label kind properties } edges { id source target type confidence evidenceCount firstSeen lastSeen } truncated';

  it('neighborhood depth 1 and 2', async () => {
    const r = await gql(app, `{ one: neighborhood(id: "nvidia") { ${graphFields} } two: neighborhood(id: "nvidia", depth: 2) { nodes { id } edges { id } } }`);
    expect(r.errors).toBeUndefined();
    const one = r.data.one;
    expect(one.nodes.map((n: Json) => n.id).sort()).toEqual(['amd', 'meta-platforms', 'nvidia', 'product:h100', 'tsmc']);
    expect(one.edges.find((e: Json) => e.type === 'OFFERS')).toMatchObject({ id: 'OFFERS:nvidia:h100', source: 'nvidia', target: 'product:h100' });
    expect(one.nodes.find((n: Json) => n.id === 'nvidia')).toMatchObject({ label: 'Nvidia', kind: 'COMPANY', properties: { mentionCount: 5 } });
    expect(one.truncated).toBe(false);
    // Every edge's ends are nodes of the picture.
    const ids = new Set(r.data.two.nodes.map((n: Json) => n.id));
    for (const e of r.data.two.edges) expect(ids.has(e.id.split(':')[1])).toBe(true);
    expect([...ids].sort()).toEqual(['amd', 'apple', 'intel', 'meta-platforms', 'nvidia', 'product:h100', 'tsmc']);
  });

  it('neighborhood filters, node limit and product start', async () => {
    const r = await gql(app, `{ a: neighborhood(id: "nvidia", types: [SUPPLIES], minConfidence: 0.8) { nodes { id } truncated }
      b: neighborhood(id: "nvidia", depth: 3, limit: 3) { nodes { id } truncated }
      c: neighborhood(id: "product:h100") { nodes { id } edges { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a.nodes.map((n: Json) => n.id).sort()).toEqual(['nvidia', 'tsmc']);
    expect(r.data.b.nodes).toHaveLength(3);
    expect(r.data.b.truncated).toBe(true);
    expect(r.data.c.edges.map((e: Json) => e.id)).toEqual(['OFFERS:nvidia:h100']);
  });

  it('neighborhood of an unknown id is NOT_FOUND; depth over 3 is refused', async () => {
    const r = await gql(app, `{ neighborhood(id: "nope") { truncated } }`);
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const deep = await gql(app, `{ neighborhood(id: "nvidia", depth: 4) { truncated } }`);
    expect(deep.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('path: shortest, undirected, typed, bounded', async () => {
    const r = await gql(app, `{ a: path(from: "foxconn", to: "meta-platforms") { nodes { id } edges { id } }
      b: path(from: "foxconn", to: "meta-platforms", maxHops: 3) { nodes { id } }
      c: path(from: "intel", to: "tsmc", types: [SUPPLIES]) { nodes { id } }
      d: path(from: "tsmc", to: "tsmc") { nodes { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.a.edges.map((e: Json) => e.id)).toEqual([
      'SUPPLIES:foxconn:apple', 'SUPPLIES:tsmc:apple', 'SUPPLIES:tsmc:nvidia', 'SUPPLIES:nvidia:meta-platforms',
    ]);
    expect(r.data.b.nodes).toEqual([]);
    expect(r.data.c.nodes).toEqual([]);
    expect(r.data.d.nodes).toEqual([{ id: 'tsmc' }]);
    const far = await gql(app, `{ path(from: "a", to: "b", maxHops: 7) { truncated } }`);
    expect(far.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('supply chain up and down', async () => {
    const r = await gql(app, `{ up: supplyChain(id: "meta-platforms", direction: UPSTREAM) { nodes { id } edges { id } }
      up1: supplyChain(id: "meta-platforms", direction: UPSTREAM, depth: 1) { nodes { id } }
      down: supplyChain(id: "tsmc", direction: DOWNSTREAM, depth: 4) { nodes { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.up.nodes.map((n: Json) => n.id)).toEqual(['meta-platforms', 'nvidia', 'tsmc']);
    expect(r.data.up.edges.map((e: Json) => e.id)).toEqual(['SUPPLIES:nvidia:meta-platforms', 'SUPPLIES:tsmc:nvidia']);
    expect(r.data.up1.nodes.map((n: Json) => n.id)).toEqual(['meta-platforms', 'nvidia']);
    expect(r.data.down.nodes.map((n: Json) => n.id).sort()).toEqual(['apple', 'meta-platforms', 'nvidia', 'tsmc']);
  });
});
