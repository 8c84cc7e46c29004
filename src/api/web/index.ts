import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config.js';
import type { GraphClient } from '../../graph/neo4j-client.js';
import type { Logger } from '../../logger.js';
import { mayRead } from '../auth.js';
import type { GraphReadSlots } from '../graph-reads.js';
import { explorerPlugin } from './explorer-plugin.js';
import { exportPlugin } from './export-plugin.js';

export interface WebDeps {
  client: GraphClient;
  logger: Logger;
  /** With readToken set, the exports need it (or the API token) like /graphql does; in production the explorer page is not rebuilt. */
  config?: Pick<Config['server'], 'readToken' | 'apiToken' | 'production'>;
  /** The graph-read slots the GraphQL graph reads take too: an export is one of them. */
  graphReads: GraphReadSlots;
}

/** The explorer page at / (and /explorer/*) and the graph exports at /export/*. */
export function webPlugins(deps: WebDeps): Plugin[] {
  const readToken = deps.config?.readToken;
  const apiToken = deps.config?.apiToken;
  return [
    explorerPlugin(deps.logger, { rebuild: !(deps.config?.production ?? false) }),
    exportPlugin({ client: deps.client, logger: deps.logger, graphReads: deps.graphReads, mayRead: (request) => mayRead(request, readToken, apiToken) }),
  ];
}
