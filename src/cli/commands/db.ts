import { resolve } from 'node:path';
import { loadConfig } from '../../config.js';
import {
  DataDirLockedError,
  embeddedOptions,
  findRunningServer,
  launcherLogPath,
  MissingToolError,
  PortInUseError,
  StartFailedError,
  startEmbedded,
  stopPid,
} from '../../db/index.js';
import { createLogger } from '../../logger.js';

export const summary = 'start | stop | status of the embedded Neo4j; dump | load the whole graph to and from a file';

const help = `usage: newsgraph db <start|stop|status>
       newsgraph db dump <file> [--with-secrets]
       newsgraph db load <file> [--replace]

  start   start the embedded Neo4j in the background (npm run db:start); later commands reuse it
  stop    stop it cleanly (npm run db:stop)
  status  say whether it runs, where, and its log file (exit 0 running, 1 not)
  dump    write the whole graph (articles with their text, companies, products, aliases, claims and
          their evidence, edges, curation records, feeds and webhooks) to <file>: JSON lines, gzipped
          when it ends in .gz. Webhook secrets are left out unless --with-secrets
  load    read a dump into an empty database; the whole file is checked first, and a damaged one
          stores nothing. --replace deletes everything in a database that is not empty first

Settings: NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_HEAP, NEO4J_PAGECACHE. With NEO4J_URI set there is nothing
to start or stop; dump and load work on that server.`;

// Failures with a message written for the user: print it alone, without a stack trace.
const explained = [MissingToolError, PortInUseError, DataDirLockedError, StartFailedError];

export async function run(args: string[]): Promise<number> {
  const [sub] = args;
  if (sub === 'dump' || sub === 'load') {
    const options = args.slice(1).filter((a) => a.startsWith('-'));
    const files = args.slice(1).filter((a) => !a.startsWith('-'));
    const known = sub === 'load' ? ['--replace'] : ['--with-secrets'];
    const unknown = options.filter((o) => !known.includes(o));
    if (files.length !== 1 || unknown.length > 0) {
      console.error(`${unknown.length > 0 ? `newsgraph db ${sub}: unknown option ${unknown.join(' ')}\n\n` : ''}${help}`);
      return 2;
    }
    const { dumpCommand, loadCommand } = await import('../db-dump.js');
    return sub === 'dump' ? dumpCommand(files[0]!, options.includes('--with-secrets')) : loadCommand(files[0]!, options.includes('--replace'));
  }
  if (!sub || sub === '--help' || sub === '-h' || !['start', 'stop', 'status'].includes(sub)) {
    console.log(help);
    return sub === '--help' || sub === '-h' ? 0 : 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.neo4j.uri) {
    console.log(`NEO4J_URI is set (${config.neo4j.uri}): newsgraph uses that server and runs none of its own.`);
    return 0;
  }
  const dataDir = resolve(config.embedded.dataDir);
  try {
    if (sub === 'start') {
      const server = await startEmbedded(embeddedOptions(config, true), logger);
      console.log(`Neo4j is running at ${server.connection.uri} (pid ${server.pid}, data ${dataDir}).`);
      console.log('Stop it with `npm run db:stop`.');
      return 0;
    }
    const running = findRunningServer(dataDir, logger);
    if (sub === 'status') {
      console.log(
        running
          ? `running: bolt://127.0.0.1:${running.port} (pid ${running.pid}, data ${dataDir}, log ${launcherLogPath(dataDir)})`
          : `not running (data ${dataDir})`,
      );
      return running ? 0 : 1;
    }
    if (!running) {
      console.log(`No newsgraph Neo4j is running on ${dataDir}.`);
      return 0;
    }
    await stopPid(running.pid);
    console.log(`Stopped Neo4j (pid ${running.pid}).`);
    return 0;
  } catch (error) {
    if (explained.some((E) => error instanceof E)) {
      console.error((error as Error).message);
      return 1;
    }
    throw error;
  }
}
