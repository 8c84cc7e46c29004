import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  DataDirLockedError,
  freePort,
  isProcessAlive,
  PortInUseError,
  pidFilePath,
  startEmbedded,
  type EmbeddedServer,
} from '../../src/db/index.js';
import { createDriver, type Neo4jConnection } from '../../src/graph/driver.js';
import { silentLogger } from '../../src/logger.js';

// The embedded launcher itself, on servers of its own next to the one global-setup.ts runs.
// Each start takes 3-10 s on two busy cores, hence the generous timeouts.
const slow = { timeout: 180_000 };

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-launcher-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function start(dataDir: string, port?: number): Promise<EmbeddedServer> {
  const options = { heap: '384m', pageCache: '64m', startTimeoutMs: 120_000, detached: false };
  return startEmbedded({ ...options, dataDir, port: port ?? (await freePort()) }, silentLogger);
}

async function query(conn: Neo4jConnection, cypher: string): Promise<unknown[]> {
  const driver = createDriver(conn);
  try {
    const { records } = await driver.executeQuery(cypher);
    return records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j launcher', () => {
  it('global setup publishes its server to test files', async () => {
    const conn = inject('neo4j');
    expect(process.env.NEO4J_URI).toBe(conn.uri);
    expect(await query(conn, 'RETURN 1 AS one')).toEqual([{ one: expect.anything() }]);
  });

  it('starts a second server and stops it without leaving the java process behind', slow, async () => {
    const server = await start(tempDir());
    expect(server.connection.uri).not.toBe(inject('neo4j').uri);
    expect(isProcessAlive(server.pid)).toBe(true);
    await server.stop();
    expect(isProcessAlive(server.pid)).toBe(false);
  });

  it('keeps data across a restart, clears a stale pid file and refuses a folder another process holds', slow, async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    await query(first.connection, "CREATE (:LauncherTest {name: 'kept'})");

    // A second launcher on the same folder, without the pid file that would have made it reuse the first.
    const pidFile = readFileSync(pidFilePath(dataDir), 'utf8');
    rmSync(pidFilePath(dataDir));
    await expect(start(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    writeFileSync(pidFilePath(dataDir), pidFile);
    expect((await start(dataDir)).pid).toBe(first.pid);
    await first.stop();

    // The pid file of a process that is gone (killed, machine rebooted) must not block a start.
    writeFileSync(pidFilePath(dataDir), `${first.pid} 1\n`);
    const second = await start(dataDir);
    try {
      expect(await query(second.connection, 'MATCH (n:LauncherTest) RETURN n.name AS name')).toEqual([{ name: 'kept' }]);
    } finally {
      await second.stop();
    }
  });

  it('names the port and NEO4J_BOLT_PORT at once when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const started = Date.now();
    try {
      const error = await start(tempDir(), port).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as Error).message).toContain(`Port ${port}`);
      expect((error as Error).message).toContain('NEO4J_BOLT_PORT');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      blocker.close();
    }
  });

  it('stops an attached server when its Node parent is killed outright', slow, async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const script = `
      import { startEmbedded } from ${JSON.stringify(new URL('../../src/db/index.ts', import.meta.url).href)};
      import { silentLogger } from ${JSON.stringify(new URL('../../src/logger.ts', import.meta.url).href)};
      const s = await startEmbedded({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, heap: '384m',
        pageCache: '64m', startTimeoutMs: 120000, detached: false }, silentLogger);
      console.log('PID', s.pid);`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const javaPid = await new Promise<number>((resolve, reject) => {
      parent.stdout.on('data', (d: Buffer) => {
        const m = d.toString().match(/PID (\d+)/);
        if (m) resolve(Number(m[1]));
      });
      parent.once('exit', (code) => reject(new Error(`parent exited (${code}) before the server was up`)));
    });
    parent.kill('SIGKILL');
    const deadline = Date.now() + 30_000;
    while (isProcessAlive(javaPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(isProcessAlive(javaPid)).toBe(false);
  });
});
