import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/index.js';

// `newsgraph serve` as a user runs it: a child process against the test Neo4j (NEO4J_URI, so no
// embedded server is started), checked from outside over HTTP and through its exit code.

function runServe(port: number) {
  const child = spawn(process.execPath, ['bin/newsgraph.js', 'serve'], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function waitFor(url: string, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe('newsgraph serve', () => {
  let blocker: Server;
  let busyPort: number;
  beforeAll(async () => {
    busyPort = await freePort();
    blocker = createServer();
    await new Promise<void>((r) => blocker.listen(busyPort, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

  it('serves the API and stops cleanly on SIGINT', async () => {
    const port = await freePort();
    const serve = runServe(port);
    const health = await waitFor(`http://127.0.0.1:${port}/readyz`, 45_000);
    expect(health.status).toBe(200);
    const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect((await answer.json()).data.stats.articles).toBeTypeOf('number');
    serve.child.kill('SIGINT');
    expect(await serve.exited).toBe(0);
    expect(serve.stderr()).toContain('SIGINT: shutting down');
  });

  it('says which port is taken and exits instead of hanging', async () => {
    const serve = runServe(busyPort);
    expect(await serve.exited).toBe(1);
    expect(serve.stderr()).toContain(`port ${busyPort} on 127.0.0.1 is in use`);
  });
});
