import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbedded } from '../../src/db/index.js';
import type { Neo4jConnection } from '../../src/graph/driver.js';
import { createLogger } from '../../src/logger.js';

// The Neo4j the integration tests run against: NEO4J_URI when set, else a fresh embedded server
// on a free port with a temporary data folder, removed again at teardown.
// Tests read the connection from process.env (set here, before the workers start, which inherit
// it) or from `inject('neo4j')`.

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || undefined,
      password: process.env.NEO4J_PASSWORD || undefined,
      database: process.env.NEO4J_DATABASE || undefined,
    });
    return async () => {};
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  const server = await startEmbedded(
    {
      dataDir,
      port: await freePort(),
      heap: process.env.NEO4J_HEAP || '512m',
      pageCache: process.env.NEO4J_PAGECACHE || '128m',
      startTimeoutMs: 180_000,
      detached: false,
    },
    createLogger('info', 'test-neo4j'),
  );
  process.env.NEO4J_URI = server.connection.uri;
  project.provide('neo4j', server.connection);

  return async () => {
    await server.stop();
    delete process.env.NEO4J_URI;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
