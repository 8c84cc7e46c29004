import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { removeArticle } from '../../src/graph/write/index.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import { bearer, codeOf, gql, testApp, type Json } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Mutations through the real ingest pipeline and curation functions, the token rules, and the live
// subscription; every answer is checked against the graph re-read with Cypher.

let client: GraphClient;
let app: ReturnType<typeof testApp>;
const token = bearer('test-api-token');

const chipDeal = {
  id: 'deal-1',
  title: 'Chip deal',
  url: 'https://news.example/deal-1',
  source: 'Example Wire',
  publishedAt: '2026-03-02',
  text:
    'Taiwan Semiconductor Manufacturing Co. supplies advanced chips to Nvidia Corp. under a new agreement. ' +
    'Nvidia competes with Advanced Micro Devices in data-centre accelerators. Nvidia launched the H100 accelerator last year.',
};

const memoryDeal = {
  id: 'deal-2',
  title: 'Memory deal',
  publishedAt: '2026-03-09',
  text: 'SK Hynix supplies high-bandwidth memory to Nvidia Corp. for its accelerators.',
};

const ingestMutation = `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) {
  counts results { id status error edges { id type sourceId targetId created } } } }`;

async function count(cypher: string): Promise<number> {
  const [row] = await client.runText(cypher);
  return row.n as number;
}

beforeAll(async () => {
  client = testClient();
  await wipe(client);
  await client.applySchema();
  app = testApp(client, { ingest: (articles) => ingestArticles(client, articles, { workers: 0 }) });
});

afterAll(async () => {
  await app.dispose();
  await client.close();
});

describe('authorization', () => {
  it.each([
    ['no token', {}, 'UNAUTHENTICATED'],
    ['a wrong token', bearer('wrong'), 'UNAUTHENTICATED'],
    ['a malformed header', { authorization: 'Basic abc' }, 'UNAUTHENTICATED'],
  ])('refuses a mutation with %s', async (_, headers, code) => {
    const r = await gql(app, ingestMutation, { articles: [chipDeal] }, headers);
    expect(codeOf(r)).toBe(code);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(0);
  });

  it('refuses every mutation when the server has no API_TOKEN', async () => {
    const closed = testApp(client, { server: { apiToken: undefined } });
    for (const m of [
      ingestMutation,
      'mutation { removeArticle(id: "x") }',
      'mutation { addAlias(entityId: "x", alias: "y") { curationId } }',
      'mutation { removeAlias(entityId: "x", alias: "y") { curationId } }',
      'mutation { mergeCompanies(source: "x", target: "y") { curationId } }',
    ]) {
      const r = await gql(closed, m, { articles: [chipDeal] }, bearer('anything'));
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
  });

  it('with READ_TOKEN set, reads need the read or the API token', async () => {
    const guarded = testApp(client, { server: { readToken: 'test-read-token' } });
    const query = '{ stats { articles } }';
    const none = await gql(guarded, query);
    expect(none.status).toBe(401);
    expect(codeOf(none)).toBe('UNAUTHENTICATED');
    expect((await gql(guarded, query, {}, bearer('wrong'))).status).toBe(401);
    expect((await gql(guarded, query, {}, bearer('test-read-token'))).data).toEqual({ stats: { articles: 0 } });
    expect((await gql(guarded, query, {}, token)).data).toEqual({ stats: { articles: 0 } });
    // The read token does not open mutations.
    expect(codeOf(await gql(guarded, 'mutation { removeArticle(id: "x") }', {}, bearer('test-read-token')))).toBe('UNAUTHENTICATED');
  });

  describe('with READ_TOKEN set, GraphQL on any path needs the token', () => {
    const statsQuery = '{ stats { articles } }';
    const guarded = () => testApp(client, { server: { readToken: 'test-read-token' } });
    const post = (path: string, headers: Record<string, string> = {}) =>
      guarded().fetch(`http://test${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query: statsQuery }),
      });

    it.each(['/graphql', '/graphql/', '/x/graphql', '/?a=/graphql', '/explorer?a=/graphql', '/healthz/graphql'])('POST %s', async (path) => {
      const none = await post(path);
      expect(none.status).toBe(401);
      expect(JSON.stringify(await none.json())).not.toContain('"stats"');
      expect((await post(path, bearer('wrong'))).status).toBe(401);
      const ok = await post(path, bearer('test-read-token'));
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ data: { stats: { articles: 0 } } });
    });

    it.each(['/graphql', '/graphql/', '/x/graphql', '/export/graphql'])('GET %s?query=…', async (path) => {
      const response = await guarded().fetch(`http://test${path}?query=${encodeURIComponent(statsQuery)}`, {
        headers: { accept: 'application/graphql-response+json' },
      });
      expect(response.status).toBe(401);
    });

    it('a GET of the explorer page with a GraphQL query string answers the page, never data', async () => {
      const response = await guarded().fetch(`http://test/?a=/graphql&query=${encodeURIComponent(statsQuery)}`, {
        headers: { accept: 'application/graphql-response+json' },
      });
      expect(response.headers.get('content-type')).toContain('text/html');
      expect((await response.text()).trimStart().toLowerCase()).toMatch(/^<!doctype html>/);
    });

    it('keeps the probes and the explorer page open', async () => {
      const app = guarded();
      expect((await app.fetch('http://test/healthz')).status).toBe(200);
      expect((await app.fetch('http://test/readyz')).status).toBe(200);
      for (const path of ['/', '/explorer', '/explorer/']) {
        expect((await app.fetch(`http://test${path}`)).status, path).not.toBe(401);
      }
    });
  });

  it('reads are public without READ_TOKEN', async () => {
    expect((await gql(app, '{ stats { articles } }')).data).toEqual({ stats: { articles: 0 } });
  });
});

/** Opens the SSE subscription; `next()` resolves the following `next` event's data (`first` the first one's). */
async function subscribe(query: string): Promise<{ first: Promise<Json>; next: () => Promise<Json>; close: () => void }> {
  const abort = new AbortController();
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const next = async (): Promise<Json> => {
    for (;;) {
      const match = /event: next\ndata: (.*)\n/.exec(text);
      if (match) {
        text = text.slice(match.index + match[0].length);
        return JSON.parse(match[1]);
      }
      const { done, value } = await reader.read();
      if (done) throw new Error(`stream ended: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
  };
  return { first: next(), next, close: () => abort.abort() };
}

describe('ingest, live events and removal', () => {
  let supplier = '';

  it('ingests articles and reports per-article results', async () => {
    const r = await gql(app, ingestMutation, { articles: [chipDeal] }, token);
    expect(r.errors).toBeUndefined();
    const [result] = r.data.ingestArticles.results;
    expect(result).toMatchObject({ id: 'deal-1', status: 'new', error: null });
    const supplies = result.edges.find((e: Json) => e.type === 'SUPPLIES');
    expect(supplies).toMatchObject({ targetId: 'nvidia', created: true });
    supplier = supplies.sourceId;
    expect(supplies.id).toBe(`SUPPLIES:${supplier}:nvidia`);
    // The graph says the same.
    const rows = await client.runText(
      `MATCH (s:Company {id: $s})-[r:SUPPLIES]->(t:Company {id: 'nvidia'}) RETURN r.evidenceCount AS n`, { s: supplier },
    );
    expect(rows).toEqual([{ n: 1 }]);
    const read = await gql(app, `query($id: ID!) { relationship(id: $id) { evidence { sentence article { id title } } } }`, { id: supplies.id });
    expect(read.data.relationship.evidence[0].article).toEqual({ id: 'deal-1', title: 'Chip deal' });
  });

  it('the same article again is unchanged', async () => {
    const r = await gql(app, ingestMutation, { articles: [chipDeal] }, token);
    expect(r.data.ingestArticles.results[0].status).toBe('unchanged');
  });

  it('rejects bad input with the zod issues', async () => {
    const r = await gql(app, ingestMutation, { articles: [{ id: ' ', text: '' }] }, token);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.issues.map((i: Json) => i.path.join('.'))).toEqual(['articles.0.id', 'articles.0.text']);
  });

  it('a subscriber watching a company receives the edge an ingest discovers', async () => {
    const sub = await subscribe('subscription { relationshipDiscovered(companyId: "nvidia", types: [SUPPLIES]) { id type source { id name } target { id } evidenceCount } }');
    try {
      // Let the subscription register before the ingest publishes.
      await new Promise((r) => setTimeout(r, 200));
      const r = await gql(app, ingestMutation, { articles: [memoryDeal] }, token);
      expect(r.data.ingestArticles.results[0].status).toBe('new');
      const event = await sub.first;
      expect(event.data.relationshipDiscovered).toMatchObject({ type: 'SUPPLIES', target: { id: 'nvidia' }, evidenceCount: 1 });
      expect(event.data.relationshipDiscovered.source.name).toMatch(/Hynix/);
    } finally {
      sub.close();
    }
  });

  it('removeArticle removes its claims, and then finds nothing', async () => {
    const r = await gql(app, 'mutation { removeArticle(id: "deal-2") }', {}, token);
    expect(r.data).toEqual({ removeArticle: true });
    expect(await count(`MATCH (a:Article {id: 'deal-2'}) RETURN count(a) AS n`)).toBe(0);
    expect(await count(`MATCH (:Company)-[r:SUPPLIES]->(:Company {id: 'nvidia'}) RETURN count(r) AS n`)).toBe(1);
    const again = await gql(app, 'mutation { removeArticle(id: "deal-2") }', {}, token);
    expect(again.data).toEqual({ removeArticle: false });
  });

  it('addAlias makes a name resolve; removeAlias undoes it', async () => {
    const add = await gql(app, 'mutation { addAlias(entityId: "nvidia", alias: "Green Team") { curationId at entity { id } } }', {}, token);
    expect(add.errors).toBeUndefined();
    expect(add.data.addAlias.entity).toEqual({ id: 'nvidia' });
    expect((await gql(app, '{ company(name: "green team") { id aliases } }')).data.company.id).toBe('nvidia');
    expect(await count(`MATCH (c:Curation {action: 'addAlias'}) RETURN count(c) AS n`)).toBe(1);
    const remove = await gql(app, 'mutation { removeAlias(entityId: "nvidia", alias: "Green Team") { entity { id } } }', {}, token);
    expect(remove.errors).toBeUndefined();
    expect((await gql(app, '{ company(name: "Green Team") { id } }')).data.company).toBeNull();
    const twice = await gql(app, 'mutation { removeAlias(entityId: "nvidia", alias: "Green Team") { entity { id } } }', {}, token);
    expect(codeOf(twice)).toBe('NOT_FOUND');
  });

  it('mergeCompanies folds one company into another', async () => {
    const amd = (await client.runText(`MATCH (c:Company) WHERE c.name CONTAINS 'Micro' RETURN c.id AS id`))[0].id as string;
    const r = await gql(app, 'mutation($s: ID!) { mergeCompanies(source: $s, target: "nvidia") { entity { id name } } }', { s: amd }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data.mergeCompanies.entity.id).toBe('nvidia');
    expect(await count(`MATCH (c:Company {id: '${amd}'}) RETURN count(c) AS n`)).toBe(0);
    expect((await gql(app, '{ company(name: "Advanced Micro Devices") { id } }')).data.company.id).toBe('nvidia');
    const self = await gql(app, 'mutation { mergeCompanies(source: "nvidia", target: "nvidia") { curationId } }', {}, token);
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
    const missing = await gql(app, 'mutation { mergeCompanies(source: "nobody", target: "nvidia") { curationId } }', {}, token);
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });
});

describe('live events from writers outside this API server', () => {
  // As `newsgraph ingest` in another process would: the pipeline straight against the graph, not the mutation.
  const elsewhere = (id: string, text: string) => ingestArticles(client, [{ id, text, publishedAt: '2026-04-01' }], { workers: 0 });
  const query = 'subscription { relationshipDiscovered(companyId: "nvidia", types: [SUPPLIES]) { id source { name } evidenceCount } }';

  it('an edge created by an ingest outside the API reaches subscribers, and again when it gains evidence', async () => {
    const sub = await subscribe(query);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const first = await elsewhere('outside-1', 'Samsung Electronics supplies memory chips to Nvidia Corp. for its accelerators.');
      expect(first.counts.edgesCreated).toBeGreaterThan(0);
      const created = (await sub.first).data.relationshipDiscovered;
      expect(created.source.name).toMatch(/Samsung/);
      expect(created.evidenceCount).toBe(1);

      await elsewhere('outside-2', 'Samsung Electronics supplies more memory chips to Nvidia Corp. this quarter.');
      const supported = (await sub.next()).data.relationshipDiscovered;
      expect(supported).toMatchObject({ id: created.id, evidenceCount: 2 });
      const [row] = await client.runText(`MATCH ()-[r:SUPPLIES]->(:Company {id: 'nvidia'}) WHERE r.evidenceCount = 2 RETURN r.updatedAt > r.createdAt AS later`);
      expect(row.later).toBe(true);
    } finally {
      sub.close();
    }
  });

  it('an edge that only loses support is not announced again', async () => {
    const updatedAt = `MATCH (s:Company)-[r:SUPPLIES]->(:Company {id: 'nvidia'}) WHERE s.name STARTS WITH 'Samsung' RETURN r.evidenceCount AS n, r.updatedAt AS at`;
    const [before] = await client.runText<{ n: number; at: string }>(updatedAt);
    expect(before.n).toBe(2);
    expect(await removeArticle(client, 'outside-2')).toBe(true);
    const [after] = await client.runText<{ n: number; at: string }>(updatedAt);
    expect(after).toEqual({ n: 1, at: before.at });
  });
});
