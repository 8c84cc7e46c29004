// newsgraph feeds add|list|remove|items: the feeds newsgraph follows, stored in Neo4j with their state.
import { formatDuration } from '../../duration.js';
import { followFeed } from '../../feeds/manage.js';
import { listFeedItems, listFeeds, removeFeed } from '../../graph/feeds/feeds.js';
import { parseCommand, usageError } from '../args.js';
import { withGraph } from '../with-graph.js';

export const summary = 'feeds add <url> [--every 15m] | list | remove <url> | items <url>: the RSS, Atom and JSON feeds to follow';

const help = `usage: newsgraph feeds add <url> [--every 15m]
       newsgraph feeds list [--json]
       newsgraph feeds remove <url>
       newsgraph feeds items <url> [--json]

  add     follow a feed (RSS 2.0, Atom or JSON Feed), polled every --every (default 15m, at least 1m)
          by \`newsgraph serve\`/\`start\` or \`newsgraph follow\`; adding it again changes the interval
  list    the feeds with their state: last fetch, status, last error, items seen, next fetch
  remove  stop following a feed (its articles stay)
  items   the latest items read from a feed and what became of each

Private, loopback and link-local addresses are refused unless NEWSGRAPH_ALLOW_PRIVATE_URLS=true.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('feeds', help, args, { every: { type: 'string' }, json: { type: 'boolean', default: false } });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [sub, url, ...extra] = positionals;
  if (sub === 'list' && !url) {
    return withGraph(async ({ client }) => {
      const feeds = await listFeeds(client);
      if (values.json) console.log(JSON.stringify(feeds, null, 2));
      else if (feeds.length === 0) console.log('no feeds followed: newsgraph feeds add <url>');
      else for (const f of feeds) {
        const state = f.lastStatus === 'error' ? `error (${f.failures}x): ${f.lastError}` : (f.lastStatus ?? 'not fetched yet');
        console.log(`${f.url}\n  every ${formatDuration(f.intervalMs)}, ${f.itemsSeen} items seen, last fetch ${f.lastFetchAt ?? 'never'}: ${state}; next ${f.nextFetchAt}`);
      }
      return 0;
    });
  }
  if (!['add', 'remove', 'items'].includes(sub ?? '') || !url || extra.length > 0) return usageError('feeds', 'expects add <url>, list, remove <url> or items <url>', help);
  return withGraph(async ({ client, config }) => {
    if (sub === 'add') {
      const { feed, created } = await followFeed(client, url, values.every, config.feeds.allowPrivateUrls);
      console.log(`${created ? 'following' : 'already following'} ${feed.url} every ${formatDuration(feed.intervalMs)}`);
      return 0;
    }
    if (sub === 'remove') {
      if (await removeFeed(client, url)) return (console.log(`stopped following ${url}`), 0);
      console.error(`newsgraph feeds: no followed feed "${url}" (see newsgraph feeds list)`);
      return 1;
    }
    const items = await listFeedItems(client, url, 50);
    if (values.json) console.log(JSON.stringify(items, null, 2));
    else for (const i of items) console.log(`${i.seenAt} ${i.outcome.padEnd(9)} ${i.url ?? i.key}${i.textFrom === 'description' ? ' (feed text)' : ''}${i.error ? `: ${i.error}` : ''}`);
    return 0;
  });
}
