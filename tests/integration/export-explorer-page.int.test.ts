import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { testApp } from './api-helpers.js';
import { testClient } from './helpers.js';

// The explorer's files as the app serves them (built on first request when missing or stale).
describe('explorer page files', () => {
  let client: GraphClient;
  let app: ReturnType<typeof testApp>;
  const get = (path: string, method = 'GET') => app.fetch(`http://test${path}`, { method });

  beforeAll(() => {
    client = testClient();
    app = testApp(client);
  });

  afterAll(async () => {
    await client?.close();
  });

  it('serves the page at / with a strict Content-Security-Policy', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('data-testid="graph"');
    // Everything the page loads comes from this server: no CDN, so it works offline.
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it.each([
    ['/explorer/app.js', 'text/javascript; charset=utf-8', 'cytoscape'],
    ['/explorer/app.css', 'text/css; charset=utf-8', '--company'],
    ['/explorer', 'text/html; charset=utf-8', '<!doctype html>'],
  ])('serves %s', async (path, type, contains) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toContain(contains);
  });

  it('answers HEAD without a body and 404 for other files', async () => {
    const head = await get('/explorer/app.js', 'HEAD');
    expect([head.status, await head.text()]).toEqual([200, '']);
    expect((await get('/explorer/secrets.txt')).status).toBe(404);
    expect((await get('/explorer/../package.json')).status).not.toBe(200);
  });

  it('leaves /graphql and the probes to the API', async () => {
    expect((await get('/healthz')).status).toBe(200);
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
