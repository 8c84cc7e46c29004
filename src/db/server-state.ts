import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Logger } from '../logger.js';

// What is known about a launcher from outside: its pid file, and whether a pid or port is alive.
// The Java launcher writes the pid file once Bolt is up and deletes it when it stops cleanly.

export const pidFileName = 'newsgraph-neo4j.pid';

export function pidFilePath(dataDir: string): string {
  return join(dataDir, pidFileName);
}

/** Where the launcher's stdout/stderr go; Neo4j's own log is logs/debug.log next to it. */
export function launcherLogPath(dataDir: string): string {
  return join(dataDir, 'logs', 'launcher.log');
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // On Linux, make sure a reused pid is still our launcher and not some unrelated process.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('newsgraph.Launcher');
}

export interface RunningServer {
  pid: number;
  port: number;
}

/**
 * The launcher running on `dataDir`, if any. A pid file whose process is gone (killed, machine
 * restarted) is removed with a note, so it never blocks a new start.
 */
export function findRunningServer(dataDir: string, logger: Logger): RunningServer | undefined {
  const file = pidFilePath(dataDir);
  if (!existsSync(file)) return undefined;
  const [pid, port] = readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
  if (pid && port && isProcessAlive(pid)) return { pid, port };
  rmSync(file, { force: true });
  logger.warn(`removed a stale pid file ${file} (process ${pid || '?'} is gone)`);
  return undefined;
}

/** True when nothing listens on 127.0.0.1:port (checked by binding it for a moment). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free right now (for tests and temporary servers). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves true once `pid` has exited, false if it is still alive after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isProcessAlive(pid);
}
