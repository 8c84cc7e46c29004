import { createApp, type AppDeps } from '../../src/api/server.js';
import type { Config } from '../../src/config.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { createLogger, type LogLevel } from '../../src/logger.js';

// GraphQL requests in memory through app.fetch: no port, the real schema, plugins and Neo4j.

export const serverConfig = (over: Partial<Config['server']> = {}): Config['server'] => ({
  port: 0,
  host: '127.0.0.1',
  apiToken: 'test-api-token',
  readToken: undefined,
  production: false,
  ...over,
});

export function testApp(client: GraphClient, over: Partial<AppDeps> & { server?: Partial<Config['server']> } = {}) {
  const { server, ...deps } = over;
  // Poll often so live events arrive within a test's patience; apps are disposed (or unref'd) after.
  return createApp({ client, config: serverConfig(server), liveEdgesIntervalMs: 200, logger: createLogger((process.env.API_TEST_LOG as LogLevel | undefined) ?? 'silent', 'api-test'), ...deps });
}

/** Response data in tests: JSON read by path, checked by the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GqlResult<D = Json> {
  status: number;
  data?: D;
  errors?: { message: string; path?: string[]; extensions?: Record<string, Json> }[];
}

export async function gql<D = Json>(
  app: ReturnType<typeof createApp>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<D>> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GqlResult<D>, 'status'>;
  return { status: response.status, ...body };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The first error's code, or undefined. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code as string | undefined;
