import type { Plugin } from 'graphql-yoga';
import { mayRead } from './auth.js';

// Yoga answers GraphQL on more paths than /graphql (`/graphql/`, `/x/graphql`, `/?a=/graphql`), so the
// guard lists what stays open instead of what is closed: the probes, and GETs of the explorer page and
// its files (they hold no data; the explorer plugin answers every such GET, `/?query=…` included, so none
// reaches GraphQL). Everything else, /export/* included, needs the token.
const probes = new Set(['/healthz', '/readyz']);

function isPublic(request: Request, url: URL): boolean {
  if (probes.has(url.pathname)) return true;
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  return url.pathname === '/' || url.pathname === '/explorer' || url.pathname.startsWith('/explorer/');
}

/** With READ_TOKEN set, every request but the public ones above answers 401 without the read (or the API) token. */
export function readAuthPlugin(readToken: string | undefined, apiToken: string | undefined): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (readToken === undefined || isPublic(request, url) || mayRead(request, readToken, apiToken)) return;
      endResponse(
        Response.json(
          { errors: [{ message: 'This server needs Authorization: Bearer <READ_TOKEN>', extensions: { code: 'UNAUTHENTICATED' } }] },
          { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
        ),
      );
    },
  };
}
