import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closedLoop } from '../../bench/http-load.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function serve(handler: RequestListener): Promise<number> {
  server = createServer(handler);
  await new Promise<void>((ready) => server!.listen(0, '127.0.0.1', ready));
  return (server.address() as AddressInfo).port;
}

const readBody = (req: Parameters<RequestListener>[0]) =>
  new Promise<string>((done) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => done(body));
  });

describe('bench http-load (closed loop)', () => {
  it('sends each body, waits for the whole response, and counts the non-200 answers as errors', async () => {
    const seen: number[] = [];
    let n = 0;
    const port = await serve(async (req, res) => {
      const { i } = JSON.parse(await readBody(req)) as { i: number };
      seen.push(i);
      // Large answers arrive in several chunks; every fifth request fails.
      const body = JSON.stringify({ i, pad: 'x'.repeat(200_000) });
      res.writeHead(i % 5 === 4 ? 500 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
    const result = await closedLoop({ port, path: '/graphql', body: () => JSON.stringify({ i: n++ }), seconds: 0.5, connections: 3 });
    expect(result.latencies.length).toBe(seen.length);
    expect(result.latencies.length).toBeGreaterThan(10);
    expect(result.errors).toBe(seen.filter((i) => i % 5 === 4).length);
    expect(result.latencies.every((ms) => ms > 0)).toBe(true);
    expect(result.elapsed).toBeGreaterThanOrEqual(0.5);
  });

  it('refuses a response whose end it cannot find (no Content-Length), naming the server', async () => {
    const port = await serve((_req, res) => {
      res.write('{"data":');
      res.end('null}');
    });
    await expect(closedLoop({ port, path: '/graphql', body: () => '{}', seconds: 0.2, connections: 1 })).rejects.toThrow(
      `http-load: a response without Content-Length from :${port}/graphql (HTTP/1.1 200 OK)`,
    );
  });

  it('counts a connection the server closes before answering as an error and ends it', async () => {
    let n = 0;
    const port = await serve((req, res) => {
      if (++n === 3) return void req.socket.end();
      res.writeHead(200, { 'content-length': 2 });
      res.end('{}');
    });
    const result = await closedLoop({ port, path: '/graphql', body: () => '{}', seconds: 0.3, connections: 1 });
    expect(result).toMatchObject({ latencies: [expect.any(Number), expect.any(Number)], errors: 1 });
  });

  it('counts a connection that cannot be made as an error and ends', async () => {
    const port = await serve(() => undefined);
    await new Promise<void>((done) => server!.close(() => done()));
    server = undefined;
    const result = await closedLoop({ port, path: '/graphql', body: () => '{}', seconds: 0.2, connections: 2 });
    expect(result).toMatchObject({ latencies: [], errors: 2 });
  });
});
