import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbedded } from '../../src/db/index.js';
import type { Neo4jConnection } from '../../src/graph/driver.js';
import { createLogger } from '../../src/logger.js';

// The Neo4j the integration tests run against: a fresh embedded server on a free port with a
// temporary data folder, removed again at teardown; or NEWSGRAPH_TEST_NEO4J_URI (+ _USERNAME,
// _PASSWORD, _DATABASE) when set. Tests empty the database they run on, so they never use the
// application's own NEO4J_URI: a developer's real data is safe from `npm test`.
// Tests read the connection from process.env.NEO4J_* (set here, before the workers start, which
// inherit it) or from `inject('neo4j')`.

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  for (const key of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[key];
  if (env.NEWSGRAPH_TEST_NEO4J_URI) {
    const connection = {
      uri: env.NEWSGRAPH_TEST_NEO4J_URI,
      username: env.NEWSGRAPH_TEST_NEO4J_USERNAME || undefined,
      password: env.NEWSGRAPH_TEST_NEO4J_PASSWORD || undefined,
      database: env.NEWSGRAPH_TEST_NEO4J_DATABASE || undefined,
    };
    Object.assign(env, {
      NEO4J_URI: connection.uri,
      ...(connection.username && { NEO4J_USERNAME: connection.username }),
      ...(connection.password && { NEO4J_PASSWORD: connection.password }),
      ...(connection.database && { NEO4J_DATABASE: connection.database }),
    });
    project.provide('neo4j', connection);
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
