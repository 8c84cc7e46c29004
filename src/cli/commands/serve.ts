// newsgraph serve: the GraphQL API (and explorer, exports) over HTTP on HOST:PORT, against NEO4J_URI or
// the embedded Neo4j. Stops cleanly on SIGINT/SIGTERM: HTTP server, the feed poller and alerts, the live-edge poller, the driver,
// then Neo4j.
import { createServer } from 'node:http';
import { createApp } from '../../api/server.js';
import { loadConfig } from '../../config.js';
import { ensureNeo4j } from '../../db/index.js';
import { createGraphClient, type GraphClient } from '../../graph/neo4j-client.js';
import { ingestExamplesIfEmpty } from '../../ingest/examples.js';
import { type IngestOptions, ingestArticles } from '../../ingest/pipeline.js';
import { createLogger, type Logger } from '../../logger.js';
import { parseCommand } from '../args.js';
import { userCompanies } from '../user-gazetteer.js';

export const summary = 'serve the GraphQL API, the explorer and the exports over HTTP';

const help = `usage: newsgraph serve [--port <n>] [--host <addr>]

  Serves GraphQL at /graphql (GraphiQL in development), the explorer at /, exports at /export/*,
  /healthz and /readyz. Configuration comes from the environment: PORT (4000), HOST (127.0.0.1),
  API_TOKEN (mutations; refused without it), READ_TOKEN (reads need a token when set),
  NODE_ENV=production (no GraphiQL, no introspection), NEO4J_URI (else the embedded Neo4j).
  Followed feeds are polled and webhook alerts sent in the background (NEWSGRAPH_FOLLOW=false: not here).`;

export function run(args: string[]): Promise<number> {
  return serve(args, { examples: false });
}

async function loadExamples(client: GraphClient, logger: Logger, options: IngestOptions): Promise<void> {
  logger.info('loading the bundled examples into the empty database…');
  const report = await ingestExamplesIfEmpty(client, { logger, ...options });
  if (!report) return logger.info('the database already holds articles: examples not loaded');
  const { new: added, failed, edgesCreated } = report.counts;
  logger.info(`examples: ${added} articles, ${edgesCreated} relationships${failed ? `, ${failed} failed` : ''}`);
}

/** Shared with `newsgraph start`, which also loads the bundled examples into an empty database. */
export async function serve(args: string[], options: { examples: boolean }): Promise<number> {
  const parsed = parseCommand(options.examples ? 'start' : 'serve', help, args, { port: { type: 'string' }, host: { type: 'string' } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const config = loadConfig({ ...process.env, ...(values.port ? { PORT: values.port } : {}), ...(values.host ? { HOST: values.host } : {}) });
  const logger = createLogger(config.logLevel);
  const extraction = { userCompanies: userCompanies(config) };
  const neo4j = await ensureNeo4j(config, logger, { handleSignals: false });
  const client = createGraphClient(neo4j.connection, { logger, txTimeoutMs: config.neo4j.txTimeoutMs, app: 'newsgraph-api' });
  const app = createApp({
    client,
    config: config.server,
    logger,
    allowPrivateUrls: config.feeds.allowPrivateUrls,
    // One request's articles are few: extract them on this thread rather than start a worker pool per request.
    ingest: (articles) => ingestArticles(client, articles, { logger, workers: 0, ...extraction }),
  });
  const server = createServer(app);
  // Loaded only when used (feed parsing and page reading pull in libraries the API itself does not need), and
  // before the server listens: a SIGINT must never find the process still loading, without its handlers.
  const following = config.feeds.followInServer
    ? (await import('../following.js')).createFollowing(client, config, logger, { ...extraction, inServer: true })
    : undefined;
  try {
    await client.applySchema();
    if (options.examples) await loadExamples(client, logger, extraction);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.server.port, config.server.host, resolve);
    });
  } catch (error) {
    await client.close();
    await neo4j.stop();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${config.server.port} on ${config.server.host} is in use: stop what holds it or set PORT`);
    }
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  logger.info(`GraphQL API on http://${config.server.host}:${port}${app.graphqlEndpoint}`);
  logger.info(`explorer on http://${config.server.host}:${port}/ (Ctrl-C stops everything)`);
  if (!config.server.apiToken) logger.warn('API_TOKEN is not set: mutations are refused');
  following?.start();

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info(`${signal}: shutting down`);
      server.close(() => {
        void Promise.resolve(following?.close())
          .then(() => app.dispose())
          .then(() => client.close())
          .then(() => neo4j.stop())
          .then(
            () => resolve(0),
            (error: unknown) => {
              logger.error('shutdown failed', error);
              resolve(1);
            },
          );
      });
      server.closeIdleConnections();
      // In-flight requests get 5 s; open SSE streams would otherwise keep close() waiting for ever.
      setTimeout(() => server.closeAllConnections(), 5_000).unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
