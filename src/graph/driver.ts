import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

export type Neo4jConnection = Pick<Config['neo4j'], 'uri' | 'username' | 'password' | 'database'> & {
  uri: string;
};

/**
 * neo4j-driver 6 turns Nagle's algorithm off on its sockets; 5.x left it on, and a statement longer than the
 * driver's 1,400-byte write buffer (a nested read of depth 2) then waited up to 40 ms for Neo4j's delayed
 * acknowledgement of its first half (tests/unit/bolt-socket.test.ts; docs/api.md, Throughput).
 */
export function createDriver(conn: Neo4jConnection): Driver {
  const auth =
    conn.username !== undefined ? neo4j.auth.basic(conn.username, conn.password ?? '') : undefined;
  return neo4j.driver(conn.uri, auth, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    logging: { level: 'error', logger: () => {} },
  });
}

/**
 * Resolves once the server answers `verifyConnectivity()`, polling until `timeoutMs`.
 * `isAlive` lets a caller that started the server give up at once when its process died.
 */
export async function waitForNeo4j(
  conn: Neo4jConnection,
  timeoutMs: number,
  isAlive: () => boolean = () => true,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline && isAlive()) {
    const driver = createDriver(conn);
    try {
      await driver.verifyConnectivity({ database: conn.database });
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const reason = lastError instanceof Error ? lastError.message : 'no answer';
  throw new Error(
    isAlive()
      ? `Neo4j at ${conn.uri} did not answer within ${Math.round(timeoutMs / 1000)} s (${reason})`
      : `Neo4j at ${conn.uri} stopped before it answered (${reason})`,
  );
}
