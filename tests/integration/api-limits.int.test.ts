import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, type GraphClient } from '../../src/graph/neo4j-client.js';
import { createFixtureGraph } from './api-fixture.js';
import { bearer, codeOf, gql, testApp, type Json } from './api-helpers.js';
import { testClient, testConnection, wipe } from './helpers.js';

// Request limits, health probes, production settings, database failures and the query count
// behind a nested page (no N+1).

let client: GraphClient;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  await createFixtureGraph(client);
  // 60 more companies, each supplied by the three fixture companies that offer products or have suppliers.
  await client.runText(
    `UNWIND range(0, 59) AS i
     CREATE (c:Company {id: 'gen-' + toString(i), name: 'Generated ' + toString(i), aliases: [], mentionCount: 1})
     WITH c
     MATCH (s:Company) WHERE s.id IN ['tsmc', 'nvidia', 'apple']
     CREATE (s)-[:SUPPLIES {confidence: 0.5, evidenceCount: 1}]->(c)`,
  );
  app = testApp(client);
});

afterAll(async () => {
  await client.close();
});

describe('no N+1', () => {
  // 50 companies × 25 suppliers × 25 products may be about 100,000 fields, past the default cost limit.
  const deepApp = () => testApp(client, { limits: { cost: 200_000 } });
  const query = (first: number) => `{ companies(first: ${first}) { totalCount edges { node { name
    suppliers { edges { node { confidence source { ... on Company { name products { edges { node { name } } } } } } } } } } } }`;

  it('costs the same number of statements for 5 companies as for 50', async () => {
    const deep = deepApp();
    const statements = async (first: number) => {
      const before = client.statementCount;
      const r = await gql(deep, query(first));
      expect(r.errors).toBeUndefined();
      expect(r.data.companies.edges).toHaveLength(first);
      return client.statementCount - before;
    };
    const few = await statements(5);
    const many = await statements(50);
    // list + count, suppliers of all companies, products of all suppliers.
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(4);
  });

  it('answers what Cypher says', async () => {
    const r = await gql(deepApp(), query(50));
    const gen = r.data.companies.edges.find((e: Json) => e.node.name === 'Generated 1').node;
    const rows = await client.runText(
      `MATCH (s:Company)-[:SUPPLIES]->(:Company {id: 'gen-1'}) OPTIONAL MATCH (s)-[:OFFERS]->(p:Product)
       RETURN s.name AS supplier, collect(p.name) AS products ORDER BY supplier`,
    );
    const got = gen.suppliers.edges
      .map((e: Json) => ({ supplier: e.node.source.name, products: e.node.source.products.edges.map((p: Json) => p.node.name) }))
      .sort((a: Json, b: Json) => a.supplier.localeCompare(b.supplier));
    expect(got).toEqual(rows);
  });
});

describe('query limits', () => {
  // `levels` hops of suppliers in Relay form, `first` of each.
  const nested = (levels: number, first?: number) => {
    const page = first === undefined ? '' : `(first: ${first})`;
    let inner = 'name';
    for (let i = 0; i < levels; i++) inner = `name suppliers${page} { edges { node { confidence source { ... on Company { ${inner} } } } } }`;
    return `{ company(id: "nvidia") { ${inner} } }`;
  };

  it('accepts three relationship levels in Relay form and refuses ten (depth over 20)', async () => {
    const q3 = await gql(app, `{ company(id: "nvidia") { suppliers(first: 5) { edges { node { source { ... on Company {
      name suppliers(first: 5) { edges { node { source { name } } } } } } } } } } }`);
    expect(q3.errors).toBeUndefined();
    expect(q3.data.company.suppliers.edges[0].node.source.name).toBe('TSMC');
    const three = await gql(app, nested(3));
    expect(three.errors).toBeUndefined();
    const ten = await gql(app, nested(10, 1));
    expect(ten.data).toBeUndefined();
    expect(ten.errors?.[0].message).toMatch(/depth limit of 20/);
    expect(codeOf(ten)).toBe('QUERY_TOO_COMPLEX');
  });

  it('more than 15 aliases are refused', async () => {
    const r = await gql(app, `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`);
    expect(r.errors?.[0].message).toMatch(/Aliases limit of 15/);
    expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
    const ok = await gql(app, `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`);
    expect(ok.errors).toBeUndefined();
  });

  it('more than 2000 tokens are refused', async () => {
    const r = await gql(app, `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`);
    expect(r.errors?.[0].message).toMatch(/Token limit of 2000/);
    expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
  });

  it('prices through page sizes: three levels of 100 are refused, saying by how much; variables count', async () => {
    // 100³ sources' names alone are a million fields.
    const r = await gql(app, nested(3, 100));
    expect(r.data).toBeUndefined();
    expect(codeOf(r)).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors?.[0].message).toMatch(/^Query cost limit of 100,000 exceeded by [\d,]+: the answer may hold [\d,]+ fields/);
    expect(r.errors?.[0].extensions).toMatchObject({ limit: 'cost', maxCost: 100_000 });
    expect(r.errors![0].extensions!.cost).toBeGreaterThan(1_000_000);
    const small = await gql(app, nested(3, 5));
    expect(small.errors).toBeUndefined();
    const viaVariable = await gql(app, `query($n: Int) { company(id: "nvidia") { suppliers(first: $n) { edges { node { source { ... on Company {
      suppliers(first: $n) { edges { node { source { ... on Company { suppliers(first: $n) { edges { node { confidence } } } } } } } } } } } } } } }`, { n: 100 });
    expect(viaVariable.errors?.[0].message).toMatch(/exceeded by/);
  });

  it('prices graph reads by depth and limit: fifteen deep neighbourhoods are refused, one is answered', async () => {
    const bomb = `{ ${Array.from({ length: 15 }, (_, i) => `n${i}: neighborhood(id: "nvidia", depth: 3, limit: 1000) { nodes { id } edges { id } }`).join(' ')} }`;
    const refused = await gql(app, bomb);
    expect(refused.data).toBeUndefined();
    expect(codeOf(refused)).toBe('QUERY_TOO_COMPLEX');
    expect(refused.errors?.[0].message).toMatch(/Graph cost limit of 3000 exceeded, found 45000/);
    const one = await gql(app, `{ neighborhood(id: "nvidia", depth: 3, limit: 1000) { nodes { id } } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data.neighborhood.nodes.length).toBeGreaterThan(1);
    // Variables are priced too, and path and supplyChain count.
    const viaVariables = await gql(app, `query($d: Int, $l: Int) { a: neighborhood(id: "nvidia", depth: $d, limit: $l) { nodes { id } }
      b: path(from: "tsmc", to: "apple", maxHops: 6) { nodes { id } } c: supplyChain(id: "apple", direction: UPSTREAM, depth: 4) { nodes { id } } }`, { d: 2, l: 500 });
    expect(viaVariables.errors?.[0].message).toMatch(/found 3200/);
  });

  it('refuses a graph read at once with BUSY while the server runs as many as it allows', async () => {
    const { slow, waiting, open } = heldReads();
    const busyApp = testApp(slow, { limits: { graphReads: 1 } });
    const first = gql(busyApp, `{ neighborhood(id: "nvidia", depth: 2) { nodes { id } } }`);
    try {
      await waiting;
      const second = await gql(busyApp, `{ neighborhood(id: "tsmc") { nodes { id } } }`);
      expect(codeOf(second)).toBe('BUSY');
      const raw = await busyApp.fetch('http://test/graphql', {
        method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: `{ path(from: "tsmc", to: "apple") { nodes { id } } }` }),
      });
      expect([raw.status, raw.headers.get('retry-after')]).toEqual([503, '1']);
      expect(((await raw.json()) as Json).errors[0].extensions).toEqual({ code: 'BUSY' });
      // An export is a graph read too.
      const exported = await busyApp.fetch('http://test/export/graph.graphml');
      expect([exported.status, exported.headers.get('retry-after')]).toEqual([503, '1']);
      expect(await exported.json()).toMatchObject({ code: 'BUSY', error: expect.stringMatching(/graph reads already/) });
      // Other requests are not held up.
      expect((await gql(busyApp, `{ company(id: "nvidia") { name } }`)).data.company.name).toBe('Nvidia');
    } finally {
      open();
    }
    expect((await first).data.neighborhood.nodes.length).toBeGreaterThan(1);
    expect((await gql(busyApp, `{ neighborhood(id: "tsmc") { nodes { id } } }`)).errors).toBeUndefined();
    expect((await busyApp.fetch('http://test/export/graph.graphml')).status).toBe(200);
  });

  it('an export running takes the slot: a graph read meanwhile is refused with BUSY, and after it runs', async () => {
    const { slow, waiting, open } = heldReads();
    const busyApp = testApp(slow, { limits: { graphReads: 1 } });
    const exporting = busyApp.fetch('http://test/export/nodes.csv');
    try {
      await waiting;
      expect(codeOf(await gql(busyApp, `{ neighborhood(id: "tsmc") { nodes { id } } }`))).toBe('BUSY');
      expect((await busyApp.fetch('http://test/export/edges.csv')).status).toBe(503);
    } finally {
      open();
    }
    expect((await exporting).status).toBe(200);
    expect((await busyApp.fetch('http://test/export/edges.csv')).status).toBe(200);
  });

  it('limit refusals answer 400 even to Accept: application/json, which gets 200 for other errors', async () => {
    const post = (query: string) =>
      app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query }) });
    const refusals = [
      nested(10, 1),
      nested(3, 100),
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`,
      `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`,
      `{ ${Array.from({ length: 15 }, (_, i) => `n${i}: neighborhood(id: "nvidia", depth: 3, limit: 1000) { nodes { id } }`).join(' ')} }`,
    ];
    for (const query of refusals) {
      const response = await post(query);
      const body = (await response.json()) as Json;
      expect([response.status, body.errors[0].extensions]).toEqual([400, expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' })]);
      expect(body.errors[0].extensions.http).toBeUndefined();
    }
    // A mistake in the query itself keeps GraphQL over HTTP's answer for application/json.
    expect((await post(`{ compan(id: "nvidia") { id } }`)).status).toBe(200);
  });

  it('pages over 100 are refused', async () => {
    expect(codeOf(await gql(app, `{ relationships(first: 101) { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app, `{ company(id: "tsmc") { customers(first: 500) { totalCount } } }`))).toBe('BAD_USER_INPUT');
  });

  it('bodies over 1 MB get 413, with or without content-length', async () => {
    const body = JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const sized = await app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(sized.status).toBe(413);
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await app.fetch('http://test/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // A small chunked body still works.
    const small = new TextEncoder().encode(JSON.stringify({ query: '{ stats { articles } }' }));
    const ok = await app.fetch('http://test/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: new ReadableStream({ start: (c) => { c.enqueue(small); c.close(); } }), duplex: 'half',
    } as RequestInit);
    expect(await ok.json()).toEqual({ data: { stats: { articles: 3 } } });
  });
});

describe('production settings and probes', () => {
  it('introspection and GraphiQL in development only', async () => {
    const dev = await gql(app, `{ __schema { queryType { name } } }`);
    expect(dev.data.__schema.queryType.name).toBe('Query');
    const page = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL');

    const prod = testApp(client, { server: { production: true } });
    const r = await gql(prod, `{ __schema { queryType { name } } }`);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].message).toMatch(/introspection/i);
    expect((await gql(prod, `{ stats { articles } }`)).data).toEqual({ stats: { articles: 3 } });
    const noPage = await prod.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await noPage.text()).not.toContain('GraphiQL');
    // A typo must not reveal field names once introspection is off.
    const typo = await gql(prod, `{ compan(id: "nvidia") { id } }`);
    expect(typo.errors?.[0]).toMatchObject({ message: 'Cannot query field "compan" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect((await gql(app, `{ compan(id: "nvidia") { id } }`)).errors?.[0].message).toMatch(/Did you mean "company"/);
  });

  it('a transaction stopped at the time limit says TIMEOUT, not "Unexpected error."', async () => {
    const impatient = createGraphClient(testConnection(), { txTimeoutMs: 300 });
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    // Another writer holds the company's lock longer than the API's transaction may wait.
    const holder = client.writeTransaction(async (tx) => {
      await tx.run({ name: 'hold', text: `MATCH (c:Company {id: 'nvidia'}) SET c.held = true` });
      locked();
      await new Promise<void>((r) => (release = r));
    });
    try {
      await isLocked;
      const r = await gql(testApp(impatient), `mutation { addAlias(entityId: "nvidia", alias: "Team Green") { curationId } }`, {}, bearer('test-api-token'));
      expect(codeOf(r)).toBe('TIMEOUT');
      expect(r.errors?.[0].message).toMatch(/time limit/);
    } finally {
      release();
      await holder;
      await impatient.close();
    }
  });

  it('/healthz and /readyz', async () => {
    const health = await app.fetch('http://test/healthz');
    expect(health.status).toBe(200);
    const ready = await app.fetch('http://test/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('an unreachable Neo4j: /readyz says 503, queries say DATABASE without the driver message', async () => {
    const dead = createGraphClient({ uri: 'bolt://127.0.0.1:1', username: undefined, password: undefined, database: undefined });
    try {
      const deadApp = testApp(dead);
      expect((await deadApp.fetch('http://test/healthz')).status).toBe(200);
      expect((await deadApp.fetch('http://test/readyz')).status).toBe(503);
      const r = await gql(deadApp, `{ stats { articles } }`);
      expect(codeOf(r)).toBe('DATABASE');
      expect(r.errors?.[0].message).toBe('The database is unavailable; try again shortly.');
    } finally {
      await dead.close();
    }
  });
});

/**
 * The real client, but its read transactions wait at a gate: `waiting` resolves when the first one
 * arrives, and `open()` lets them all through.
 */
function heldReads() {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let entered!: () => void;
  const waiting = new Promise<void>((r) => (entered = r));
  const slow = Object.assign(Object.create(client) as GraphClient, {
    readTransaction: async (...args: Parameters<GraphClient['readTransaction']>) => {
      entered();
      await gate;
      return client.readTransaction(...args);
    },
  });
  return { slow, waiting, open };
}
