import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { testApp } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Subscriptions over real HTTP (server-sent events): a client that goes away is released at once, so the
// server stops polling Neo4j for it; an id that names no company is refused instead of held open for ever.

let client: GraphClient;
let server: Server;
let base: string;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  await wipe(client);
  await client.runText(`CREATE (:Company {id: 'acme', name: 'Acme', aliases: [], mentionCount: 1})`);
  // The test app polls every 200 ms while anyone listens.
  server = createServer(testApp(client));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await client.close();
});

const subscribe = (companyId: string, signal: AbortSignal) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: `subscription { relationshipDiscovered(companyId: "${companyId}") { id } }` }),
    signal,
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('relationshipDiscovered over HTTP', () => {
  it('stops polling once every subscriber has disconnected, though no event ever came', async () => {
    const before = client.statementCount;
    const aborts = Array.from({ length: 50 }, () => new AbortController());
    const responses = await Promise.all(aborts.map((a) => subscribe('acme', a.signal)));
    expect(responses.map((r) => r.status)).toEqual(aborts.map(() => 200));
    await sleep(1_000);
    expect(client.statementCount - before, 'polls while subscribed').toBeGreaterThan(0);
    for (const a of aborts) a.abort();
    await sleep(1_000);
    const after = client.statementCount;
    await sleep(1_500);
    expect(client.statementCount - after, 'polls after every client left').toBe(0);
  });

  it('refuses a company id that does not exist, and closes the stream', async () => {
    const response = await subscribe('no-such-company', AbortSignal.timeout(15_000));
    const text = await response.text();
    expect(text).toContain('No company with id \\"no-such-company\\"');
    expect(text).toContain('"code":"NOT_FOUND"');
  });
});
