import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { testApp } from './api-helpers.js';
import { testClient } from './helpers.js';

// Which web pages may read the API through a user's browser, checked over real HTTP as a browser asks:
// a preflight OPTIONS with Origin, then the request itself. Only the API's own origin and CORS_ORIGINS.

let client: GraphClient;
let server: Server;
let base: string;

beforeAll(async () => {
  client = testClient();
  const app = testApp(client, { server: { corsOrigins: ['https://notebook.example'] } });
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await client.close();
});

const preflight = (origin: string) =>
  fetch(`${base}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
const post = (origin: string) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
const corsHeaders = (r: Response) =>
  Object.fromEntries([...r.headers].filter(([k]) => k.startsWith('access-control-')).map(([k, v]) => [k, v]));

describe('CORS', () => {
  it('gives another site nothing: no allowed origin, no credentials', async () => {
    expect(corsHeaders(await preflight('http://evil.example'))).toEqual({});
    const answer = await post('http://evil.example');
    expect(corsHeaders(answer)).toEqual({});
    const exports = await fetch(`${base}/export/graph.graphml`, { headers: { origin: 'http://evil.example' } });
    expect(corsHeaders(exports)).toEqual({});
  });

  it('allows the API origin itself and the origins in CORS_ORIGINS, with credentials', async () => {
    for (const origin of [base, 'https://notebook.example']) {
      const r = await preflight(origin);
      expect(corsHeaders(r)).toMatchObject({
        'access-control-allow-origin': origin,
        'access-control-allow-credentials': 'true',
        'access-control-allow-headers': expect.stringContaining('authorization'),
      });
      expect(corsHeaders(await post(origin))['access-control-allow-origin']).toBe(origin);
    }
  });
});
