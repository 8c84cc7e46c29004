import type { YogaInitialContext } from 'graphql-yoga';
import type { GraphClient } from '../graph/neo4j-client.js';
import type { Logger } from '../logger.js';
import type { WriteAccess } from './auth.js';
import type { IngestFn } from './ingest.js';
import type { Loaders } from './loaders.js';
import type { NestedReads } from './nested-reads.js';
import type { ApiPubSub } from './pubsub.js';

/** What every resolver gets; built fresh per request (the loaders cache only within one request). */
export interface ApiContextFields {
  client: GraphClient;
  loaders: Loaders;
  nested: NestedReads;
  logger: Logger;
  pubSub: ApiPubSub;
  ingest: IngestFn | undefined;
  writeAccess: WriteAccess;
  /** Feeds and webhooks may be at private addresses (NEWSGRAPH_ALLOW_PRIVATE_URLS). */
  allowPrivateUrls: boolean;
}

export type ApiContext = YogaInitialContext & ApiContextFields;
