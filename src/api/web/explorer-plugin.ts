import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logger.js';
import { createExplorerAssets, type ExplorerAssetOptions } from './explorer-assets.js';

// GET / and /explorer/*: the explorer page. It only ever talks to /graphql, from the same origin,
// hence a strict Content-Security-Policy (Cytoscape sets inline styles, hence 'unsafe-inline' for styles).
const pageHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const notBuilt = `<!doctype html><html lang="en"><meta charset="utf-8"><title>newsgraph explorer</title>
<p>The explorer page is not built. Run <code>npm run build</code> (or <code>node scripts/build-explorer.mjs</code>) and reload.
The GraphQL API is at <a href="/graphql">/graphql</a>.</p></html>`;

export function explorerPlugin(logger: Logger, options: ExplorerAssetOptions): Plugin {
  const assets = createExplorerAssets(logger, options);
  return {
    async onRequest({ request, url, endResponse }) {
      const isPage = url.pathname === '/' || url.pathname === '/explorer' || url.pathname.startsWith('/explorer/');
      if (!isPage || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const asset = await assets.get(url.pathname);
      if (asset === undefined) {
        const page = url.pathname === '/' || (url.pathname.startsWith('/explorer') && !url.pathname.includes('.'));
        return endResponse(
          page
            ? new Response(notBuilt, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', ...pageHeaders } })
            : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
        );
      }
      endResponse(
        new Response(request.method === 'HEAD' ? null : asset.body, {
          headers: {
            'content-type': asset.contentType,
            // The page is small and changes with the build: always revalidate.
            'cache-control': 'no-cache',
            ...pageHeaders,
          },
        }),
      );
    },
  };
}
