import { type Config, loadConfig } from '../config.js';
import { ensureNeo4j } from '../db/index.js';
import { createGraphClient, type GraphClient } from '../graph/neo4j-client.js';
import { createLogger, type Logger } from '../logger.js';

// The one-shot commands (ingest, remove, export) share this: configuration, Neo4j (embedded unless
// NEO4J_URI is set), a client with the schema applied, and a clean stop whatever happens.

export interface GraphSession {
  client: GraphClient;
  config: Config;
  logger: Logger;
}

export async function withGraph<T>(work: (session: GraphSession) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const neo4j = await ensureNeo4j(config, logger);
  const client = createGraphClient(neo4j.connection, { logger, txTimeoutMs: config.neo4j.txTimeoutMs });
  try {
    await client.applySchema();
    return await work({ client, config, logger });
  } finally {
    await client.close();
    await neo4j.stop();
  }
}
