import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/api/args.js';
import { companyConnections } from '../../src/api/nested-plan.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { findEntityByName, getEntities } from '../../src/graph/read/entities.js';
import type { RelationshipStatus } from '../../src/graph/read/lifecycle.js';
import { relationshipsOfCompanies } from '../../src/graph/read/relationships.js';
import { aliasKey } from '../../src/graph/write/alias-key.js';
import { createFixtureGraph } from './api-fixture.js';
import { gql, testApp, type Json } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Nested reads (one statement per entry point) against a straightforward reference: the per-level read
// newsgraph used before (relationshipsOfCompanies, one statement per company and level) and the
// companies by id, assembled into the answer GraphQL must give. Every connection at both levels, through
// either end of the edge, with each kind of argument (asOf and status too), every field together and each field alone.

let client: GraphClient;
let app: ReturnType<typeof testApp>;

beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  await createFixtureGraph(client);
  // Ties for the paging order (equal confidence: by the other company's id) and competitors stored in
  // both directions around one company.
  await client.runText(
    `UNWIND range(0, 5) AS i
     CREATE (c:Company {id: 'gen-' + toString(i), name: 'Generated ' + toString(i), aliases: [], mentionCount: 1})
     WITH c, i
     MATCH (s:Company) WHERE s.id IN ['tsmc', 'nvidia']
     CREATE (s)-[:SUPPLIES {confidence: 0.5, evidenceCount: 1, lastSeen: datetime('2026-01-01T00:00:00Z') + duration({days: 10 * i})}]->(c)
     WITH DISTINCT c, i WHERE i < 3
     MATCH (amd:Company {id: 'amd'})
     CREATE (c)-[:COMPETES_WITH {confidence: 0.6, evidenceCount: 2}]->(amd)`,
  );
  // Lifecycles: an ended supply and one whose end is announced (as write/recompute-lifecycle.ts stores them).
  await client.runText(
    `MATCH (:Company {id: 'tsmc'})-[r:SUPPLIES]->(c:Company) WHERE c.id IN ['gen-0', 'gen-1']
     WITH r, c.id = 'gen-0' AS ended
     SET r.status = CASE WHEN ended THEN 'ENDED' ELSE 'ENDING' END,
         r.periodFrom = [CASE WHEN ended THEN '2025-06-01T00:00:00Z' ELSE '2025-09-01T00:00:00Z' END],
         r.periodTo = [CASE WHEN ended THEN '2026-01-10T00:00:00Z' ELSE '2030-06-01T00:00:00Z' END],
         r.periodOpenedBy = [''], r.periodClosedBy = [''],
         r.validFrom = datetime(r.periodFrom[0]), r.validTo = datetime(r.periodTo[0]), r.change = CASE WHEN ended THEN 'ENDED' ELSE 'NEW' END`,
  );
  app = testApp(client);
});

afterAll(async () => {
  await client.close();
});

const entityFields = ['id', 'name', 'aliases', 'mentionCount', 'firstSeen', 'lastSeen'];
const edgeFields = ['id', 'type', 'confidence', 'evidenceCount', 'firstSeen', 'lastSeen', 'status', 'validFrom', 'validTo', 'change'];
const connectionFields = ['totalCount', 'pageInfo', 'edges'];
const connections = Object.keys(companyConnections);
const companies = ['nvidia', 'tsmc', 'amd', 'apple', 'gen-1'];

interface Args {
  first?: number;
  after?: string;
  minConfidence?: number;
  since?: string;
  asOf?: string;
  status?: string[];
}
interface Level {
  connection: string;
  /** The end of the edge the next level hangs from. */
  end: 'source' | 'target';
  args: Args;
}
interface Fields {
  entity: string[];
  edge: string[];
  connection: string[];
}
const all: Fields = { entity: entityFields, edge: edgeFields, connection: connectionFields };

const argText = (a: Args) => {
  const parts = Object.entries(a).map(([k, v]) => `${k}: ${k === 'status' ? `[${(v as string[]).join(', ')}]` : JSON.stringify(v)}`);
  return parts.length ? `(${parts.join(', ')})` : '';
};

/** The company fields, then the first level's connection with the rest nested under its chosen end. */
function selection(levels: Level[], f: Fields): string {
  const [level, ...rest] = levels;
  const own = f.entity.join(' ');
  if (!level) return own;
  const end = (name: 'source' | 'target') =>
    name === level.end && rest.length ? `${name} { ... on Company { ${selection(rest, f)} } }` : `${name} { ${own || '__typename'} }`;
  const parts = f.connection.map((c) =>
    c === 'edges' ? `edges { cursor node { ${f.edge.join(' ')} ${end('source')} ${end('target')} } }` :
    c === 'pageInfo' ? 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }' : c,
  );
  return `${own} ${level.connection}${argText(level.args)} { ${parts.join(' ')} }`;
}

const pick = (row: Json, fields: string[]) => Object.fromEntries(fields.map((k) => [k, row[k] ?? (k === 'aliases' ? [] : k === 'mentionCount' ? 0 : null)]));

async function reference(id: string, levels: Level[], f: Fields): Promise<Json> {
  const entity = (await getEntities(client, 'COMPANY', [id])).get(id);
  if (!entity) return null;
  return { ...pick(entity, f.entity), ...(levels.length ? await referenceConnection(id, levels, f) : {}) };
}

async function referenceConnection(id: string, [level, ...rest]: Level[], f: Fields): Promise<Json> {
  const { type, direction } = companyConnections[level.connection];
  const skip = level.args.after ? Number(Buffer.from(level.args.after, 'base64url').toString().slice(2)) : 0;
  const window = { skip, limit: level.args.first ?? 25 };
  const filter = {
    minConfidence: level.args.minConfidence ?? 0,
    since: level.args.since ?? null,
    lifecycle: { asOf: level.args.asOf ?? null, statuses: (level.args.status as RelationshipStatus[] | undefined) ?? null },
  };
  const page = (await relationshipsOfCompanies(client, [id], type, direction, filter, window)).get(id) ?? { items: [], total: 0 };
  const edges = await Promise.all(
    page.items.map(async (rel, i) => {
      const end = async (name: 'source' | 'target') =>
        name === level.end && rest.length
          ? reference(rel[name].id, rest, f)
          : f.entity.length ? pick(rel[name], f.entity) : { __typename: 'Company' };
      return { cursor: encodeCursor(skip + i + 1), node: { ...pick(rel, f.edge), source: await end('source'), target: await end('target') } };
    }),
  );
  const out: Json = {};
  for (const c of f.connection) {
    if (c === 'totalCount') out.totalCount = page.total;
    if (c === 'edges') out.edges = edges;
    if (c === 'pageInfo') {
      out.pageInfo = {
        hasNextPage: skip + page.items.length < page.total,
        hasPreviousPage: skip > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      };
    }
  }
  return { [level.connection]: out };
}

async function check(levels: Level[], f: Fields = all): Promise<void> {
  const query = `query($id: ID!) { company(id: $id) { ${selection(levels, f)} } }`;
  await Promise.all(
    companies.map(async (id) => {
      const r = await gql(app, query, { id });
      expect(r.errors, query).toBeUndefined();
      expect(r.data.company, `${id}: ${query}`).toEqual(await reference(id, levels, f));
    }),
  );
}

const argVariants: Args[] = [
  {},
  { first: 1 },
  { first: 2, after: encodeCursor(1) },
  { first: 0 },
  { minConfidence: 0.6 },
  { since: '2026-01-25T00:00:00Z' },
  { status: ['ENDED'] },
  { asOf: '2026-01-01T00:00:00Z', status: ['ACTIVE', 'ENDING', 'ENDED'] },
];

describe('nested reads answer what the per-level reads answer', () => {
  it.each(connections)('%s, every field, each kind of argument', async (connection) => {
    for (const args of argVariants) await check([{ connection, end: 'source', args }]);
  });

  const pairs = connections.flatMap((a) => (['source', 'target'] as const).flatMap((end) => connections.map((b) => [a, end, b] as const)));
  it.each(pairs)('%s → %s → %s, every field, arguments at both levels', async (a, end, b) => {
    for (const [i, args] of argVariants.entries()) {
      await check([
        { connection: a, end, args },
        { connection: b, end: 'source', args: argVariants[(i + 2) % argVariants.length] },
      ]);
    }
  });

  const single: [string, Fields][] = [
    ...entityFields.map((f): [string, Fields] => [`company ${f}`, { ...all, entity: [f] }]),
    ...edgeFields.map((f): [string, Fields] => [`edge ${f}`, { ...all, entity: [], edge: [f] }]),
    ...connectionFields.map((f): [string, Fields] => [`connection ${f}`, { entity: [], edge: [], connection: [f] }]),
  ];
  it.each(single)(
    'one field alone at every level: %s',
    async (_, f) => {
      await check([{ connection: 'suppliers', end: 'source', args: { first: 3 } }, { connection: 'customers', end: 'target', args: {} }], f);
    },
  );
});

describe('statements', () => {
  it('company(id) with two levels of connections is one statement, whatever the page sizes', async () => {
    const count = async (first: number) => {
      const before = client.statementCount;
      const r = await gql(app, `{ company(id: "tsmc") { ${selection([
        { connection: 'customers', end: 'target', args: { first } },
        { connection: 'competitors', end: 'source', args: { first } },
      ], all)} } }`);
      expect(r.errors).toBeUndefined();
      return client.statementCount - before;
    };
    expect(await count(1)).toBe(1);
    expect(await count(50)).toBe(1);
  });

  it('company(name) finds the company through an alias and reads its nested levels in the same one statement', async () => {
    const levels: Level[] = [{ connection: 'customers', end: 'target', args: { first: 2 } }, { connection: 'suppliers', end: 'source', args: {} }];
    const before = client.statementCount;
    const r = await gql(app, `query($name: String!) { company(name: $name) { ${selection(levels, all)} } }`, { name: 'Hon Hai' });
    expect(r.errors).toBeUndefined();
    expect(client.statementCount - before).toBe(1);
    expect(r.data.company).toEqual(await reference('foxconn', levels, all));
  });

  it('company(name) decides as findEntityByName: the canonical name, then an alias, then the most mentioned', async () => {
    // An alias shared by two companies (the more mentioned wins), and a name that is one company's canonical
    // name and another's alias (the canonical name wins).
    await client.runText(
      `MATCH (a:Company {id: 'gen-2'}), (b:Company {id: 'gen-3'}), (n:Company {id: 'nvidia'})
       SET b.mentionCount = 5
       MERGE (k:Alias {key: $shared}) MERGE (k)-[:OF]->(a) MERGE (k)-[:OF]->(b)
       MERGE (t:Alias {key: $taken}) MERGE (t)-[:OF]->(n)`,
      { shared: aliasKey('Gen Makers'), taken: aliasKey('Generated 4') },
    );
    for (const name of ['Gen Makers', 'Generated 4', 'NVIDIA Corp', 'Meta Platforms, Inc.', 'Nobody Ltd']) {
      const before = client.statementCount;
      const r = await gql(app, `query($name: String!) { company(name: $name) { id name } }`, { name });
      expect(r.errors).toBeUndefined();
      expect(client.statementCount - before).toBe(1);
      const expected = await findEntityByName(client, 'COMPANY', name);
      expect(r.data.company, name).toEqual(expected ? { id: expected.id, name: expected.name } : null);
    }
  });

  it('the same query with other variables reads with their values (plans are kept per variable values)', async () => {
    const query = `query($id: ID!, $first: Int, $min: Float, $deep: Boolean!) { company(id: $id) { ...page } }
      fragment page on Company { customers(first: $first, minConfidence: $min) { edges { node { target { id ... on Company { customers @include(if: $deep) { totalCount } } } } } } }`;
    for (const [first, min, deep] of [[1, 0, false], [3, 0, true], [3, 0.7, false], [1, 0, true]] as const) {
      for (const id of ['tsmc', 'nvidia']) {
        const r = await gql(app, query, { id, first, min, deep });
        expect(r.errors).toBeUndefined();
        const levels: Level[] = [{ connection: 'customers', end: 'target', args: { first, minConfidence: min } }];
        const expected = await reference(id, levels, { entity: ['id'], edge: [], connection: ['edges'] });
        const targets = r.data.company.customers.edges.map((e: Json) => e.node.target);
        expect(targets.map((t: Json) => t.id)).toEqual(expected.customers.edges.map((e: Json) => e.node.target.id));
        for (const t of targets) expect(typeof t.customers?.totalCount).toBe(deep ? 'number' : 'undefined');
      }
    }
  });

  it('connections under a list of companies: one statement for all of them, nested levels included', async () => {
    const levels: Level[] = [{ connection: 'customers', end: 'target', args: { first: 3 } }, { connection: 'suppliers', end: 'source', args: { first: 5 } }];
    const before = client.statementCount;
    const r = await gql(app, `{ companies(first: 20) { edges { node { ${selection(levels, all)} } } } }`);
    expect(r.errors).toBeUndefined();
    // The page of companies, then one nested read for all of them.
    expect(client.statementCount - before).toBe(2);
    for (const { node } of r.data.companies.edges) expect(node).toEqual(await reference(node.id, levels, all));
  });
});
