import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local news site for the feed tests: the fixture feeds (RSS with an ETag, Atom with Last-Modified, JSON Feed
// with neither) and article pages from tests/fixtures/feeds, a feed that fails with 500, one that is not a feed,
// and a chain of six redirects. It counts the requests per path, so tests can tell what a poll fetched.

const dir = new URL('../fixtures/feeds/', import.meta.url);
const ATOM_MODIFIED = 'Thu, 03 Dec 2026 10:00:00 GMT';

export interface FeedSite {
  base: string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFeedSite(): Promise<FeedSite> {
  const hits = new Map<string, number>();
  let base = '';
  const file = (name: string) => readFileSync(new URL(name, dir), 'utf8').replaceAll('{{base}}', base);
  const pages: Record<string, string> = {
    '/news/harrowgate-velmora': 'pages/harrowgate-velmora.html',
    '/news/brackenfield-ostrava': 'pages/brackenfield-ostrava.html',
    '/wire/harrowgate-tiles': 'pages/harrowgate-wire.html',
    '/partner/harrowgate-story': 'pages/harrowgate-partner.html',
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (path === '/rss.xml') {
      if (req.headers['if-none-match'] === '"rss-v1"') return send(304, 'application/rss+xml', '', { etag: '"rss-v1"' });
      return send(200, 'application/rss+xml', file('rss.xml'), { etag: '"rss-v1"' });
    }
    if (path === '/atom.xml') {
      if (req.headers['if-modified-since'] === ATOM_MODIFIED) return send(304, 'application/atom+xml', '');
      return send(200, 'application/atom+xml', file('atom.xml'), { 'last-modified': ATOM_MODIFIED });
    }
    if (path === '/feed.json') return send(200, 'application/feed+json', file('feed.json'));
    if (path === '/broken.xml') return send(500, 'text/plain', 'internal error');
    if (path === '/garbage.xml') return send(200, 'text/html', '<html><body>We moved! {{not a feed</body></html>');
    const hop = /^\/hop\/(\d+)$/.exec(path);
    // /hop/0 → /hop/1 → … → /hop/6 (404): six redirects from 0, five from 1.
    if (hop && Number(hop[1]) < 6) return send(302, 'text/plain', '', { location: `/hop/${Number(hop[1]) + 1}` });
    if (pages[path]) return send(200, 'text/html; charset=utf-8', file(pages[path]));
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
