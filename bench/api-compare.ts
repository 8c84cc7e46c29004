// npm run bench:api -- --compare [--engines] [--companies 100000 --edges 500000 --duration 10 --rounds 6 --connections 32]
// newsgraph against @neo4j/graphql (the official library, type definitions for the same graph) and the raw
// driver running the statement newsgraph builds, on the same generated graph and queries Q1–Q3. Both GraphQL
// servers run in child processes behind the same HTTP stack (graphql-yoga); one closed-loop client (http-load.ts) drives them from
// this process, and the raw driver loops here too. All three must return the same answers for a sample of
// ids before anything is timed; then rounds interleave the three (the order rotates each round), so a
// neighbour's load on a shared machine falls on all of them. Prints req/s, p50/p99 (medians over the
// rounds), the API's CPU ms per request, and the ratios with their spread (min–max over the rounds). --engines adds
// newsgraph executing with graphql-js rather than graphql-jit.
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Kind, parse as parseGraphQL, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { createYoga } from 'graphql-yoga';
import neo4jDriver, { type Driver } from 'neo4j-driver';
import { planEntity } from '../src/api/nested-plan.js';
import type { GraphClient } from '../src/graph/neo4j-client.js';
import { buildCompaniesRead } from '../src/graph/read/nested/build.js';
import { toPlain } from '../src/graph/values.js';
import { cid, mulberry32, startChild, viaDriver, viaHttp, type Measured } from './api-shared.js';

/** The same graph as @neo4j/graphql sees it: companies and their SUPPLIES and COMPETES_WITH edges. */
export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  type Company @node {
    id: ID!
    name: String!
    suppliers: [Company!]! @relationship(type: "SUPPLIES", direction: IN, properties: "Edge")
    customers: [Company!]! @relationship(type: "SUPPLIES", direction: OUT, properties: "Edge")
    competitors: [Company!]! @relationship(type: "COMPETES_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "Edge")
  }
  type Edge @relationshipProperties {
    confidence: Float!
    evidenceCount: Int!
  }
`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Answer = unknown;

interface Compared {
  name: string;
  id: () => string;
  newsgraph: string;
  neo4jGraphql: string;
  /** Each system's answer in one comparable form. */
  fromNewsgraph: (data: Json) => Answer;
  fromNeo4jGraphql: (data: Json) => Answer;
  fromRaw: (entity: Json) => Answer;
}

const strongest = 'sort: [{ edge: { confidence: DESC } }, { node: { id: ASC } }]';

function queries(companies: number): Compared[] {
  const random = mulberry32(11);
  const any = () => cid(Math.floor(companies * random()));
  // Low ids are the hubs of the generated graph: they supply many customers.
  const busy = () => cid(Math.floor((companies / 10) * random()));
  return [
    {
      name: 'Q1 company: id, name',
      id: any,
      newsgraph: 'query($id: ID!) { company(id: $id) { id name } }',
      neo4jGraphql: 'query($id: ID!) { companies(where: { id: { eq: $id } }) { id name } }',
      fromNewsgraph: (d) => d.company,
      fromNeo4jGraphql: (d) => d.companies[0] ?? null,
      fromRaw: (e) => (e ? { id: e.id, name: e.name } : null),
    },
    {
      name: 'Q2 first 10 customers',
      id: busy,
      newsgraph: 'query($id: ID!) { company(id: $id) { customers(first: 10) { edges { node { confidence target { name } } } } } }',
      neo4jGraphql: `query($id: ID!) { companies(where: { id: { eq: $id } }) {
        customersConnection(first: 10, ${strongest}) { edges { properties { confidence } node { name } } } } }`,
      fromNewsgraph: (d) => d.company.customers.edges.map((e: Json) => [e.node.target.name, e.node.confidence]),
      fromNeo4jGraphql: (d) => d.companies[0].customersConnection.edges.map((e: Json) => [e.node.name, e.properties.confidence]),
      fromRaw: (e) => e['@connections'].customers.page.slice(0, 10).map((r: Json) => [r.target.name, r.confidence]),
    },
    {
      name: 'Q3 depth 2: 5 suppliers of 5',
      id: any,
      newsgraph: `query($id: ID!) { company(id: $id) { suppliers(first: 5) { edges { node { source { ... on Company {
        name suppliers(first: 5) { edges { node { source { name } } } } } } } } } } }`,
      neo4jGraphql: `query($id: ID!) { companies(where: { id: { eq: $id } }) { suppliersConnection(first: 5, ${strongest}) { edges { node {
        name suppliersConnection(first: 5, ${strongest}) { edges { node { name } } } } } } } }`,
      fromNewsgraph: (d) =>
        d.company.suppliers.edges.map((e: Json) => ({
          name: e.node.source.name,
          suppliers: e.node.source.suppliers.edges.map((f: Json) => f.node.source.name),
        })),
      fromNeo4jGraphql: (d) =>
        d.companies[0].suppliersConnection.edges.map((e: Json) => ({
          name: e.node.name,
          suppliers: e.node.suppliersConnection.edges.map((f: Json) => f.node.name),
        })),
      fromRaw: (e) =>
        e['@connections'].suppliers.page.slice(0, 5).map((r: Json) => ({
          name: r.source.name,
          suppliers: r.source['@connections'].suppliers.page.slice(0, 5).map((f: Json) => f.source.name),
        })),
    },
  ];
}

/** The statement newsgraph runs for a query, built by the same planner and builder as the server's. */
function statementOf(query: string, id: string) {
  const operation = parseGraphQL(query).definitions[0] as OperationDefinitionNode;
  const company = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD)!;
  const plan = planEntity([company.selectionSet!], { fragments: {}, variables: { id } });
  return buildCompaniesRead(plan, [id]);
}

/** The raw driver: one auto-commit read, records as the driver gives them. */
async function rawRead(driver: Driver, query: string, id: string): Promise<Json> {
  const { text, params } = statementOf(query, id);
  const session = driver.session({ defaultAccessMode: neo4jDriver.session.READ });
  try {
    const result = await session.run(text, params);
    return result.records[0]?.get('entity') ?? null;
  } finally {
    await session.close();
  }
}

/** The operators of newsgraph's statement for a query as Neo4j runs it (PROFILE), and its database hits. */
async function profile(driver: Driver, query: string, id: string): Promise<string> {
  const { text, params } = statementOf(query, id);
  const session = driver.session({ defaultAccessMode: neo4jDriver.session.READ });
  try {
    const { summary } = await session.run(`PROFILE ${text}`, params);
    const operators = new Set<string>();
    let hits = 0;
    const walk = (p: { operatorType: string; dbHits: number; children: unknown[] }) => {
      operators.add(p.operatorType.replace(/@.*$/, ''));
      hits += p.dbHits;
      for (const c of p.children) walk(c as typeof p);
    };
    if (summary.profile) walk(summary.profile);
    return `${[...operators].join(', ')}; ${hits} db hits`;
  } finally {
    await session.close();
  }
}

async function post(port: number, query: string, variables: Record<string, unknown>): Promise<Json> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Json; errors?: unknown[] };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function checkSameAnswers(q: Compared, ports: { newsgraph: number; neo4jGraphql: number; graphqlJs?: number }, driver: Driver, samples: number) {
  for (let i = 0; i < samples; i++) {
    const id = q.id();
    const answers: Record<string, Answer> = {
      newsgraph: q.fromNewsgraph(await post(ports.newsgraph, q.newsgraph, { id })),
      ...(ports.graphqlJs && { graphqlJs: q.fromNewsgraph(await post(ports.graphqlJs, q.newsgraph, { id })) }),
      neo4jGraphql: q.fromNeo4jGraphql(await post(ports.neo4jGraphql, q.neo4jGraphql, { id })),
      raw: q.fromRaw(toPlain(await rawRead(driver, q.newsgraph, id))),
    };
    const expected = JSON.stringify(answers.newsgraph);
    for (const [system, answer] of Object.entries(answers)) {
      if (JSON.stringify(answer) !== expected) {
        throw new Error(`${q.name}, ${id}: ${system} answers ${JSON.stringify(answer)}, newsgraph ${expected}`);
      }
    }
  }
}

const allSystems = ['newsgraph', 'newsgraph on graphql-js', '@neo4j/graphql', 'raw driver'] as const;
type System = (typeof allSystems)[number];

export async function compare(options: {
  client: GraphClient;
  uri: string;
  companies: number;
  seconds: number;
  rounds: number;
  connections: number;
  script: string;
  freePort: () => Promise<number>;
  /** Neo4j's process, for its CPU ms per request. */
  dbPid: number;
  /** Also measure newsgraph executing with graphql-js instead of graphql-jit. */
  engines: boolean;
}): Promise<void> {
  const { client, companies, seconds, rounds, connections } = options;
  const systems = allSystems.filter((s) => options.engines || s !== 'newsgraph on graphql-js');
  const ports = { newsgraph: await options.freePort(), neo4jGraphql: await options.freePort(), graphqlJs: await options.freePort() };
  const children: ChildProcess[] = [];
  try {
    const newsgraph = await startChild(options.script, ['--serve', options.uri, '--port', String(ports.newsgraph)]);
    children.push(newsgraph);
    const neo4jGraphql = await startChild(options.script, ['--serve-neo4j-graphql', options.uri, '--port', String(ports.neo4jGraphql)]);
    children.push(neo4jGraphql);
    const graphqlJs = options.engines
      ? await startChild(options.script, ['--serve', options.uri, '--port', String(ports.graphqlJs), '--graphql-js'])
      : undefined;
    if (graphqlJs) children.push(graphqlJs);
    const qs = queries(companies);
    for (const q of qs) await checkSameAnswers(q, { ...ports, graphqlJs: graphqlJs && ports.graphqlJs }, client.driver, 20);
    console.log(`same answers from all ${systems.length} on 20 ids per query`);
    for (const q of qs) console.log(`${q.name}, newsgraph's statement: ${await profile(client.driver, q.newsgraph, q.id())}`);

    const measure = (q: Compared, system: System, s: number): Promise<Measured> => {
      const variables = () => ({ id: q.id() });
      if (system === 'newsgraph') return viaHttp(ports.newsgraph, { query: q.newsgraph, variables }, s, connections, newsgraph.pid, options.dbPid);
      if (system === 'newsgraph on graphql-js') return viaHttp(ports.graphqlJs, { query: q.newsgraph, variables }, s, connections, graphqlJs!.pid, options.dbPid);
      if (system === '@neo4j/graphql') return viaHttp(ports.neo4jGraphql, { query: q.neo4jGraphql, variables }, s, connections, neo4jGraphql.pid, options.dbPid);
      if (system !== 'raw driver') throw new Error(`unknown system ${system}`);
      return viaDriver(() => rawRead(client.driver, q.newsgraph, q.id()), s, connections, options.dbPid);
    };
    for (const q of qs) for (const system of systems) await measure(q, system, 2);

    const results = new Map<string, Measured[]>();
    for (let round = 0; round < rounds; round++) {
      for (const q of qs) {
        for (let i = 0; i < systems.length; i++) {
          const system = systems[(i + round) % systems.length];
          const m = await measure(q, system, seconds);
          if (m.errors > 0) throw new Error(`${q.name}, ${system}: ${m.errors} errors`);
          results.set(`${q.name}|${system}`, [...(results.get(`${q.name}|${system}`) ?? []), m]);
        }
      }
      console.log(`round ${round + 1}/${rounds} done (load average ${loadavg()[0].toFixed(1)})`);
    }
    printTable(qs, systems, results, rounds);
    console.log(
      `\n${companies} companies; ${connections} connections; ${rounds} interleaved rounds of ${seconds} s per query and system; ` +
        `load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function printTable(qs: Compared[], systems: readonly System[], results: Map<string, Measured[]>, rounds: number): void {
  const spread = (xs: number[], digits: number) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  const ratio = (q: Compared, other: System) => {
    const ours = results.get(`${q.name}|newsgraph`)!;
    const theirs = results.get(`${q.name}|${other}`)!;
    return spread(Array.from({ length: rounds }, (_, i) => ours[i].rps / Math.max(theirs[i].rps, 1e-9)), 2);
  };
  console.log('\n| query | system | req/s | p50 ms | p99 ms | API CPU ms / request | Neo4j CPU ms / request |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const q of qs) {
    for (const system of systems) {
      const ms = results.get(`${q.name}|${system}`)!;
      const cell = (f: (m: Measured) => number, digits: number) => median(ms.map(f)).toFixed(digits);
      const cpu = (f: (m: Measured) => number | undefined) => (ms.every((m) => f(m) !== undefined) ? cell((m) => f(m)!, 2) : '–');
      console.log(
        `| ${q.name} | ${system} | ${cell((m) => m.rps, 0)} | ${cell((m) => m.p50, 1)} | ${cell((m) => m.p99, 1)} | ` +
          `${cpu((m) => m.cpuPerRequest)} | ${cpu((m) => m.dbCpuPerRequest)} |`,
      );
    }
  }
  const others = systems.filter((s) => s !== 'newsgraph');
  console.log(`\n| query (req/s ratios, median and min–max over rounds) | ${others.map((o) => `newsgraph ÷ ${o}`).join(' | ')} |`);
  console.log(`|---|${others.map(() => '---').join('|')}|`);
  for (const q of qs) console.log(`| ${q.name} | ${others.map((o) => ratio(q, o)).join(' | ')} |`);
  const lookups = results.get(`${qs[0].name}|newsgraph`)!;
  console.log(
    `\nnewsgraph's lookup (${qs[0].name}), median (min–max) over the rounds: ${spread(lookups.map((m) => m.rps), 0)} req/s, ` +
      `p99 ${spread(lookups.map((m) => m.p99), 1)} ms; targets ≥ 2,500 req/s and p99 ≤ 20 ms at 32 connections.`,
  );
}

/** Child mode: @neo4j/graphql behind graphql-yoga, as newsgraph's server runs behind it. */
export async function serveNeo4jGraphql(uri: string, port: number): Promise<void> {
  const driver = neo4jDriver.driver(uri);
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, landingPage: false, graphiql: false });
  const server = createServer(yoga);
  server.listen(port, '127.0.0.1', () => process.stdout.write('READY\n'));
  process.on('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
}
