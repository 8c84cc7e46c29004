import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchLimited } from '../../src/feeds/http.js';
import { guardedDispatcher } from '../../src/feeds/url-guard.js';

// DNS rebinding: the host answers the guard's look-up with a public address, and the connection's look-up with
// 127.0.0.1. The first answer is made up here (the check's look-up, node:dns/promises); the second is the real
// resolver's answer for `localhost`. The connection must be refused all the same, and nothing reach the server.
vi.mock('node:dns/promises', () => ({ lookup: vi.fn(async () => [{ address: '93.184.216.34', family: 4 }]) }));

let server: Server;
let port: number;
let requests = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.end('internal page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const limits = { timeoutMs: 5_000, maxBytes: 10_000 };

describe('the connection guard', () => {
  it('refuses a host whose address changed to a loopback one after the check', async () => {
    await expect(fetchLimited(`http://localhost:${port}/admin`, { ...limits, allowPrivate: false })).rejects.toThrow(
      new RegExp(`localhost:${port}/admin: localhost is a loopback address \\(127\\.0\\.0\\.1\\).*NEWSGRAPH_ALLOW_PRIVATE_URLS`),
    );
    expect(requests).toBe(0);
  });

  it('refuses at connect time whatever was checked before, and connects when private addresses are allowed', async () => {
    await expect(fetch(`http://localhost:${port}/`, { dispatcher: guardedDispatcher(false) })).rejects.toMatchObject({
      cause: { name: 'UrlRefusedError' },
    });
    expect(requests).toBe(0);
    await expect(fetchLimited(`http://localhost:${port}/`, { ...limits, allowPrivate: true })).resolves.toMatchObject({ status: 200, body: 'internal page' });
    expect(requests).toBe(1);
  });
});
