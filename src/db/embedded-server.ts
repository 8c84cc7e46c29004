import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { waitForNeo4j, type Neo4jConnection } from '../graph/driver.js';
import type { Logger } from '../logger.js';
import { DataDirLockedError, PortInUseError, StartFailedError } from './errors.js';
import { ensureLauncherBuilt } from './launcher-build.js';
import { launcherArgs } from './launcher-command.js';
import { findRunningServer, isPortFree, isProcessAlive, launcherLogPath, waitForExit } from './server-state.js';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  txTimeoutMs?: number;
  startTimeoutMs: number;
  /** true: leave the server running after this process exits (`newsgraph db start`). */
  detached: boolean;
}

export interface EmbeddedServer {
  connection: Neo4jConnection;
  pid: number;
  /** true when a server started earlier was already running on the data folder. */
  reused: boolean;
  /** Stops a server this call started (a reused one is left alone). */
  stop(): Promise<void>;
}

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** Starts newsgraph.Launcher on `dataDir`, or reuses the one already running there. */
export async function startEmbedded(opts: EmbeddedOptions, logger: Logger): Promise<EmbeddedServer> {
  const dataDir = resolve(opts.dataDir);
  const running = findRunningServer(dataDir, logger);
  if (running) {
    const connection = { uri: boltUri(running.port), username: undefined, password: undefined, database: undefined };
    await waitForNeo4j(connection, opts.startTimeoutMs, () => isProcessAlive(running.pid));
    logger.info(`using the Neo4j already running on ${dataDir} (pid ${running.pid}, ${connection.uri})`);
    return { connection, pid: running.pid, reused: true, stop: async () => {} };
  }
  if (!(await isPortFree(opts.port))) throw new PortInUseError(opts.port);

  const classpath = await ensureLauncherBuilt(logger);
  const logFile = launcherLogPath(dataDir);
  mkdirSync(dirname(logFile), { recursive: true });
  // Appended, not truncated: a second launcher racing for the same folder must not wipe the first one's log.
  const log = openSync(logFile, 'a');
  writeSync(log, `--- newsgraph starting Neo4j on port ${opts.port} at ${new Date().toISOString()}\n`);
  const logStart = readFileSync(logFile).length;
  const args = launcherArgs({ ...opts, dataDir, exitOnStdinEof: !opts.detached }, classpath);
  const child = spawn('java', args, {
    detached: opts.detached,
    stdio: [opts.detached ? 'ignore' : 'pipe', log, log],
  });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new StartFailedError('`java` could not be run', logFile);
  let exited = false;
  child.once('exit', () => (exited = true));

  const connection = { uri: boltUri(opts.port), username: undefined, password: undefined, database: undefined };
  const started = Date.now();
  logger.info(`starting Neo4j (pid ${pid}, ${connection.uri}, data ${dataDir})`);
  try {
    await waitForNeo4j(connection, opts.startTimeoutMs, () => !exited);
  } catch (error) {
    await kill(child, pid);
    throw explainFailure(error, readFileSync(logFile, 'utf8').slice(logStart), opts.port, dataDir, logFile);
  }
  logger.info(`Neo4j is up in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (opts.detached) {
    child.unref();
    return { connection, pid, reused: false, stop: () => stopPid(pid) };
  }
  // Attached: also covers exits that skip `stop()`; the launcher sees its stdin close and shuts down.
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);
  return {
    connection,
    pid,
    reused: false,
    stop: async () => {
      process.removeListener('exit', onExit);
      await kill(child, pid);
    },
  };
}

/** Asks a launcher to shut down cleanly; kills it if it has not stopped within 30 s. */
export async function stopPid(pid: number): Promise<void> {
  if (!isProcessAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 30_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
}

async function kill(child: ChildProcess, pid: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  await stopPid(pid);
  await Promise.race([gone, new Promise((r) => setTimeout(r, 1000))]);
}

/** Turns "did not answer" into the reason the launcher printed, where it is a known one. */
function explainFailure(error: unknown, log: string, port: number, dataDir: string, logFile: string): Error {
  if (/Address already in use|BindException/i.test(log)) return new PortInUseError(port);
  const lock = log.match(/Lock file has been locked by another process: (\S+?)\.?\s/);
  if (lock) return new DataDirLockedError(dataDir, `Neo4j's lock file ${lock[1]} is held`);
  const message = error instanceof Error ? error.message : String(error);
  if (/did not answer within/.test(message)) {
    return new StartFailedError(`${message}; on a slow machine raise NEO4J_START_TIMEOUT_MS`, logFile);
  }
  // The process died: the launcher's own diagnosis, else the JVM's first complaint (bad -Xmx, no memory).
  const reason =
    log.match(/newsgraph-neo4j failed to start: ([^\n]*)/)?.[1] ??
    log.split('\n').find((l) => /error|exception|insufficient|could not|failed/i.test(l))?.replace(/^#\s*/, '') ??
    message;
  return new StartFailedError(reason, logFile);
}
