import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type ExecutionArgs, type OperationDefinitionNode } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import type { Logger } from '../logger.js';
import { writeAccess } from './auth.js';
import type { ApiContextFields } from './context.js';
import { corsPolicy } from './cors.js';
import { errorCodes } from './error-codes.js';
import { createMaskError, yogaLogger } from './errors.js';
import { graphReadLimits, graphReadSlots } from './graph-reads.js';
import { healthPlugin } from './health.js';
import type { IngestFn } from './ingest.js';
import { armorPlugins, bodyLimit, defaultLimits, noIntrospection, type Limits } from './limits.js';
import { startLiveEdges } from './live-edges.js';
import { createLoaders } from './loaders.js';
import { createNestedReads, createSharedLookups } from './nested-reads.js';
import { createApiPubSub } from './pubsub.js';
import { readAuthPlugin } from './read-auth.js';
import { createApiSchema } from './schema.js';
import { webPlugins } from './web/index.js';

export interface AppDeps {
  client: GraphClient;
  config: Config['server'];
  logger: Logger;
  /** The ingest pipeline (src/ingest/pipeline.ts), bound to the client; without it ingestArticles is refused. */
  ingest?: IngestFn;
  /** Overrides of the request limits (depth 20, aliases 15, tokens 2000, cost 100,000 fields, body 1 MB, graph cost 3000, 4 graph reads at once). */
  limits?: Partial<Limits>;
  /** Execute with graphql-jit (default) or, false, with graphql-js (bench:api --compare --engines measures both). */
  jit?: boolean;
  /** How often to poll the graph for changed edges to publish to subscribers (default 2000 ms). */
  liveEdgesIntervalMs?: number;
  /** Feeds and webhooks may be at private, loopback and link-local addresses (default false). */
  allowPrivateUrls?: boolean;
}

export const graphqlEndpoint = '/graphql';

/** node:http adds nothing the resolvers use. */
type ServerContext = Record<never, never>;

export type App = YogaServerInstance<ServerContext, ApiContextFields>;

/**
 * The HTTP app: GraphQL at /graphql (GraphiQL in development), the explorer at /, exports at /export/*,
 * /healthz and /readyz, limits.
 * Usable with `app.fetch(...)` in tests and as a node:http handler: `createServer(app)`.
 * `app.dispose()` stops the live-edge poller.
 */
function isQuery(args: ExecutionArgs): boolean {
  const operation = args.document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
  );
  return operation?.operation === 'query';
}

export function createApp(deps: AppDeps): App {
  const { client, config, logger } = deps;
  const pubSub = createApiPubSub();
  const liveEdges = startLiveEdges({ client, pubSub, logger, intervalMs: deps.liveEdgesIntervalMs ?? 2_000 });
  const limits = { ...defaultLimits, ...deps.limits };
  const slots = graphReadSlots(limits.graphReads);
  const sharedLookups = createSharedLookups(client);
  // Order matters: cheap refusals first (probes, size, auth), then the GraphQL limits.
  const plugins: Plugin[] = [
    healthPlugin(client),
    bodyLimit(limits.bodyBytes),
    readAuthPlugin(config.readToken, config.apiToken),
    ...webPlugins({ client, logger, config, graphReads: slots }),
    ...armorPlugins(limits),
    graphReadLimits({ maxCost: limits.graphCost, slots }),
    ...(config.production ? [noIntrospection()] : []),
    errorCodes({ hideSuggestions: config.production }),
    // Queries compiled to JavaScript once and kept (graphql-jit): bench:api --compare --engines measured 30–40%
    // less API CPU per request on a lookup and a depth-2 query than graphql-js's interpreter. Mutations and
    // subscriptions run on graphql-js (jit's subscribe does not pass their arguments through).
    ...(deps.jit === false ? [] : [useGraphQlJit({}, { enableIf: isQuery }) as Plugin]),
    { onDispose: () => liveEdges.close() },
  ];
  return createYoga<ServerContext, ApiContextFields>({
    schema: createApiSchema(),
    graphqlEndpoint,
    cors: corsPolicy(config.corsOrigins),
    graphiql: !config.production,
    landingPage: false,
    // bodyLimit (above) refuses an oversized body; Yoga's own limit would pipe every body through a stream.
    maxRequestBodySize: false,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: createMaskError() },
    plugins,
    context: ({ request }): ApiContextFields => ({
      client,
      logger,
      pubSub,
      ingest: deps.ingest,
      loaders: createLoaders(client),
      nested: createNestedReads(client, sharedLookups),
      writeAccess: writeAccess(request, config.apiToken),
      allowPrivateUrls: deps.allowPrivateUrls ?? false,
    }),
  });
}
