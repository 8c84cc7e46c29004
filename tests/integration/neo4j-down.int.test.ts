import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, type GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { codeOf, gql, testApp } from './api-helpers.js';

// With Neo4j gone every path fails fast with a clear answer: not only single lookups but multi-statement
// reads (neighborhood, exports) and ingest, which used to wait out 30 s of driver retries. The bound below
// is generous (the old behaviour took 30 s or more); it is not a performance target.

const FAST_MS = 10_000;
let dead: GraphClient;
let app: ReturnType<typeof testApp>;

beforeAll(() => {
  dead = createGraphClient({ uri: 'bolt://127.0.0.1:1', username: undefined, password: undefined, database: undefined });
  app = testApp(dead);
});
afterAll(async () => {
  await app.dispose();
  await dead.close();
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
}

describe('Neo4j down', () => {
  it('neighborhood answers DATABASE at once', async () => {
    const { ms, value } = await timed(() => gql(app, '{ neighborhood(id: "nvidia", depth: 2) { nodes { id } } }'));
    expect(codeOf(value)).toBe('DATABASE');
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('concurrent lookups sharing one statement each answer DATABASE', async () => {
    const query = 'query($id: ID!) { company(id: $id) { name } }';
    const { ms, value } = await timed(() => Promise.all(['nvidia', 'tsmc', 'amd'].map((id) => gql(app, query, { id }))));
    expect(value.map((r) => [codeOf(r), r.data?.company ?? null])).toEqual([['DATABASE', null], ['DATABASE', null], ['DATABASE', null]]);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('an export answers 503 at once', async () => {
    const { ms, value } = await timed(async () => app.fetch('http://test/export/graph.graphml'));
    expect(value.status).toBe(503);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('ingest stops at once, every article failed with the reason', async () => {
    const articles = Array.from({ length: 3 }, (_, i) => ({ id: `down-${i}`, text: 'Nvidia supplies chips to Microsoft.' }));
    const { ms, value } = await timed(() => ingestArticles(dead, articles, { workers: 0 }));
    expect(value.counts).toMatchObject({ new: 0, failed: 3 });
    expect(value.results.every((r) => /Neo4j unavailable/.test(r.error ?? ''))).toBe(true);
    expect(ms).toBeLessThan(FAST_MS);
  });
});
