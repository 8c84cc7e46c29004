import type { Plugin } from 'graphql-yoga';
import { mayRead } from './auth.js';

/** With READ_TOKEN set, /graphql answers 401 to requests without the read (or the API) token. */
export function readAuthPlugin(endpoint: string, readToken: string | undefined, apiToken: string | undefined): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (readToken === undefined || url.pathname !== endpoint || mayRead(request, readToken, apiToken)) return;
      endResponse(
        Response.json(
          { errors: [{ message: 'This server needs Authorization: Bearer <READ_TOKEN>', extensions: { code: 'UNAUTHENTICATED' } }] },
          { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
        ),
      );
    },
  };
}
