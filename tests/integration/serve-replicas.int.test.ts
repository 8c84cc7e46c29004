import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/index.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { testClient, wipe } from './helpers.js';

// Two `newsgraph serve` processes on one Neo4j, as replicas behind a proxy: both start on a database
// without a schema (applying it at once), both answer, and a subscriber on either one gets the edge written
// through the other, once.

const token = 'replica-token';
let client: GraphClient;
const servers: Array<{ port: number; kill: () => void; exited: Promise<unknown> }> = [];

async function startServe() {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/newsgraph.js', 'serve'], {
    env: { ...process.env, PORT: String(port), API_TOKEN: token, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((r) => child.on('exit', r));
  servers.push({ port, kill: () => child.kill('SIGINT'), exited });
  return port;
}

async function ready(port: number) {
  for (let i = 0; i < 240; i++) {
    const r = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    if (r?.status === 200) return;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error(`serve on ${port} never became ready`);
}

const gql = async (port: number, query: string, variables = {}) =>
  (await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  })).json();

/** Collects the `next` events of a subscription until aborted. */
async function subscribe(port: number, companyId: string) {
  const abort = new AbortController();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: `subscription { relationshipDiscovered(companyId: "${companyId}") { id } }` }),
    signal: abort.signal,
  });
  const events: string[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      text += decoder.decode(value, { stream: true });
      for (let m = /event: next\ndata: (.*)\n/.exec(text); m; m = /event: next\ndata: (.*)\n/.exec(text)) {
        events.push(JSON.parse(m[1]!).data.relationshipDiscovered.id);
        text = text.slice(m.index + m[0].length);
      }
    }
  })();
  return { events, close: () => abort.abort() };
}

const waitFor = async (check: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end && !check(); ) await new Promise((r) => setTimeout(r, 100));
};

beforeAll(async () => {
  client = testClient();
  await wipe(client);
  for (const { name } of await client.runText<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ')) {
    await client.runText(`DROP CONSTRAINT ${name}`);
  }
  await Promise.all([startServe(), startServe()]);
  await Promise.all(servers.map((s) => ready(s.port)));
}, 240_000);

afterAll(async () => {
  for (const s of servers) s.kill();
  await Promise.all(servers.map((s) => s.exited));
  await client.close();
});

describe('two API servers on one Neo4j', () => {
  it('both start on a fresh database and answer', async () => {
    const [a, b] = servers.map((s) => s.port) as [number, number];
    expect((await gql(a, '{ stats { articles } }')).data.stats.articles).toBe(0);
    expect((await gql(b, '{ stats { articles } }')).data.stats.articles).toBe(0);
    const constraints = await client.runText('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ');
    expect(constraints).toHaveLength(6);
  });

  it('a subscriber on either server gets, once, the edge written through the other', async () => {
    const [a, b] = servers.map((s) => s.port) as [number, number];
    const ingest = `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { results { status } } }`;
    const first = await gql(b, ingest, { articles: [{ id: 'r1', text: 'Nvidia competes with Advanced Micro Devices in accelerators.' }] });
    expect(first.data.ingestArticles.results[0].status).toBe('new');
    const onA = await subscribe(a, 'nvidia');
    const onB = await subscribe(b, 'nvidia');
    try {
      await new Promise((r) => setTimeout(r, 1_000));
      const second = await gql(b, ingest, { articles: [{ id: 'r2', text: 'SK Hynix supplies high-bandwidth memory to Nvidia Corp. for its accelerators.' }] });
      expect(second.data.ingestArticles.results[0].status).toBe('new');
      await waitFor(() => onA.events.length > 0 && onB.events.length > 0, 20_000);
      // Two more poll intervals: a second copy of the event would have arrived by now.
      await new Promise((r) => setTimeout(r, 5_000));
      expect(onA.events).toEqual([expect.stringMatching(/^SUPPLIES:.*:nvidia$/)]);
      expect(onB.events).toEqual(onA.events);
    } finally {
      onA.close();
      onB.close();
    }
  }, 60_000);
});
