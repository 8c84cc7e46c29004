import type { Config } from '../config.js';
import type { Neo4jConnection } from '../graph/driver.js';
import type { Logger } from '../logger.js';
import { startEmbedded, type EmbeddedOptions } from './embedded-server.js';

export interface Neo4jHandle {
  connection: Neo4jConnection;
  /** Stops the embedded server if this call started it; a no-op for NEO4J_URI or a reused server. */
  stop(): Promise<void>;
}

export interface EnsureOptions {
  /**
   * Stop the server on SIGINT/SIGTERM, then exit (130/143). Default true. An entry point that
   * handles signals itself (to close an HTTP server first, say) passes false and calls `stop()`.
   */
  handleSignals?: boolean;
}

export function embeddedOptions(config: Config, detached: boolean): EmbeddedOptions {
  const { boltPort, dataDir, heap, pageCache, startTimeoutMs } = config.embedded;
  return { port: boltPort, dataDir, heap, pageCache, startTimeoutMs, txTimeoutMs: config.neo4j.txTimeoutMs, detached };
}

/**
 * The Neo4j the entry points use: the server NEO4J_URI names, or else the embedded one, started
 * attached to this process (it dies with it) unless `newsgraph db start` left one running.
 *
 * @example
 *   const neo4j = await ensureNeo4j(config, logger);
 *   const client = createGraphClient(neo4j.connection);
 *   ... ; await neo4j.stop();
 */
export async function ensureNeo4j(config: Config, logger: Logger, options: EnsureOptions = {}): Promise<Neo4jHandle> {
  const { uri, username, password, database } = config.neo4j;
  if (uri) return { connection: { uri, username, password, database }, stop: async () => {} };

  const server = await startEmbedded(embeddedOptions(config, false), logger);
  if (server.reused || options.handleSignals === false) return { connection: server.connection, stop: server.stop };

  const onSignal = (signal: NodeJS.Signals) => {
    logger.info(`${signal}: stopping Neo4j`);
    void server.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    connection: server.connection,
    stop: async () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      await server.stop();
    },
  };
}
