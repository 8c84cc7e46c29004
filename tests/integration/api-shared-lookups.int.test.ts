import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxSharedRead } from '../../src/api/nested-reads.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { createFixtureGraph } from './api-fixture.js';
import { gql, testApp, type Json } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// `company(id)` lookups of one shape from concurrent requests share one statement (nested-reads.ts):
// each request must still get exactly its own company, and requests of other shapes their own fields.

let client: GraphClient;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  await createFixtureGraph(client);
  await client.runText(
    `UNWIND range(0, 79) AS i
     CREATE (:Company {id: 'many-' + toString(i), name: 'Many ' + toString(i), aliases: [], mentionCount: i})`,
  );
  app = testApp(client);
});

afterAll(async () => {
  await client.close();
});

const lookup = `query($id: ID!) { company(id: $id) { id name
  suppliers(first: 2) { totalCount edges { node { confidence source { ... on Company { id name } } } } } } }`;

/** The statements `run` costs and what it returns. */
async function counted<T>(run: () => Promise<T>): Promise<{ statements: number; result: T }> {
  const before = client.statementCount;
  const result = await run();
  return { statements: client.statementCount - before, result };
}

describe('concurrent company lookups', () => {
  it('of one shape are one statement, and each request gets its own company', async () => {
    const ids = ['nvidia', 'tsmc', 'amd', 'apple', 'no-such-company', 'nvidia', 'foxconn'];
    const alone: Json[] = [];
    for (const id of ids) alone.push((await gql(app, lookup, { id })).data);

    const { statements, result } = await counted(() => Promise.all(ids.map((id) => gql(app, lookup, { id }))));
    expect(statements).toBe(1);
    expect(result.map((r) => r.errors)).toEqual(ids.map(() => undefined));
    expect(result.map((r) => r.data)).toEqual(alone);
    expect(result.map((r) => r.data.company?.id ?? null)).toEqual(ids.map((id) => (id === 'no-such-company' ? null : id)));
    expect(result[0].data.company.suppliers.totalCount).toBeGreaterThan(0);
  });

  it('of other shapes are read apart, each with its own fields and arguments', async () => {
    const names = 'query($id: ID!) { company(id: $id) { name } }';
    const counts = 'query($id: ID!) { company(id: $id) { mentionCount } }';
    const firstOne = 'query($id: ID!, $n: Int) { company(id: $id) { suppliers(first: $n) { edges { node { source { ... on Company { id } } } } } } }';
    const { statements, result } = await counted(() =>
      Promise.all([
        gql(app, names, { id: 'many-3' }),
        gql(app, counts, { id: 'many-4' }),
        gql(app, names, { id: 'many-5' }),
        gql(app, firstOne, { id: 'apple', n: 1 }),
        gql(app, firstOne, { id: 'apple', n: 2 }),
      ]),
    );
    // One statement for the two `names` requests; the others each have a shape (or a page size) of their own.
    expect(statements).toBe(4);
    expect(result.map((r) => r.data.company)).toEqual([
      { name: 'Many 3' },
      { mentionCount: 4 },
      { name: 'Many 5' },
      { suppliers: { edges: [expect.anything()] } },
      { suppliers: { edges: [expect.anything(), expect.anything()] } },
    ]);
  });

  it(`of more than ${maxSharedRead} requests are split into statements of at most ${maxSharedRead}`, async () => {
    const ids = Array.from({ length: 80 }, (_, i) => `many-${i}`);
    const query = 'query($id: ID!) { company(id: $id) { id mentionCount } }';
    const { statements, result } = await counted(() => Promise.all(ids.map((id) => gql(app, query, { id }))));
    expect(statements).toBe(2);
    expect(result.map((r) => r.data.company)).toEqual(ids.map((id, i) => ({ id, mentionCount: i })));
  });

  it('of a shape with large pages are read one by one', async () => {
    // 46 edges a page, under each 46 more: past maxSharedRows for a single company.
    const wide = `query($id: ID!) { company(id: $id) { suppliers(first: 45) { edges { node { source { ... on Company {
      id suppliers(first: 45) { edges { node { source { ... on Company { id } } } } } } } } } } } }`;
    const ids = ['apple', 'nvidia', 'amd'];
    const alone: Json[] = [];
    for (const id of ids) alone.push((await gql(app, wide, { id })).data);
    const { statements, result } = await counted(() => Promise.all(ids.map((id) => gql(app, wide, { id }))));
    expect(result.map((r) => r.errors)).toEqual(ids.map(() => undefined));
    expect(statements).toBe(3);
    expect(result.map((r) => r.data)).toEqual(alone);
  });

  it('are read again for each request: a change between two requests shows', async () => {
    const query = 'query($id: ID!) { company(id: $id) { name } }';
    expect((await gql(app, query, { id: 'many-7' })).data.company.name).toBe('Many 7');
    await client.runText(`MATCH (c:Company {id: 'many-7'}) SET c.name = 'Renamed 7'`);
    expect((await gql(app, query, { id: 'many-7' })).data.company.name).toBe('Renamed 7');
  });
});
