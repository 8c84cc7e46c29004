import type { Plugin } from 'graphql-yoga';
import type { GraphClient } from '../graph/neo4j-client.js';
import { isNeo4jReachable } from '../graph/read/ping.js';

/** GET /healthz: the process answers. GET /readyz: and Neo4j answers too (503 when not). */
export function healthPlugin(client: GraphClient): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname === '/healthz') return endResponse(Response.json({ status: 'ok' }));
      if (url.pathname === '/readyz') {
        const ready = await isNeo4jReachable(client);
        return endResponse(Response.json({ status: ready ? 'ready' : 'neo4j unreachable' }, { status: ready ? 200 : 503 }));
      }
    },
  };
}
