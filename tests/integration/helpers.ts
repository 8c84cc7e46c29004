import { createGraphClient, type GraphClient } from '../../src/graph/neo4j-client.js';
import type { Neo4jConnection } from '../../src/graph/driver.js';

// The connection global-setup.ts published: the embedded test server, or NEWSGRAPH_TEST_NEO4J_URI.
export function testConnection(): Neo4jConnection {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: integration tests run through vitest, whose global setup starts Neo4j');
  return {
    uri,
    username: process.env.NEO4J_USERNAME || undefined,
    password: process.env.NEO4J_PASSWORD || undefined,
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

export function testClient(): GraphClient {
  return createGraphClient(testConnection(), { app: 'newsgraph-tests' });
}

/** Empties the database (tests run one file at a time and each starts from nothing). */
export async function wipe(client: GraphClient): Promise<void> {
  await client.runText('MATCH (n) DETACH DELETE n');
}
