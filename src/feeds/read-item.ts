import type { Logger } from '../logger.js';
import { canonicalUrl } from './canonical-url.js';
import { type FetchLimits, fetchLimited } from './http.js';
import type { FeedItem } from './parse-feed.js';
import { type PageText, pageText } from './page-text.js';

// One feed item → its text: the page's main text when the page can be fetched and read, else the feed's own
// text for the item (and the page's error, kept on the item), else nothing and the reason.

interface ItemDeps {
  limits: FetchLimits;
  logger: Logger;
  /** HTML → the page's story; the API server reads in a worker thread (reader-worker.ts). Default: on this thread. */
  readPage?: (html: string, url: string) => Promise<PageText | undefined>;
}

const readHere = async (html: string, url: string) => pageText(html, url);

/** What an item is known by across polls and feeds: its canonical link, else the feed's id for it. */
export function itemKey(feedUrl: string, item: FeedItem): string {
  return (item.link && canonicalUrl(item.link, feedUrl)) ?? `${feedUrl}#${item.key}`;
}

export interface Fetched {
  key: string;
  item: FeedItem;
  url: string | null;
  /** Canonical URL: the article id. */
  id: string;
  text: string | undefined;
  title: string | undefined;
  textFrom: 'page' | 'description' | null;
  error: string | null;
}

export async function fetchItem(deps: ItemDeps, feedUrl: string, key: string, item: FeedItem): Promise<Fetched> {
  const link = item.link ? canonicalUrl(item.link, feedUrl) : undefined;
  let pageError: string | null = null;
  if (link) {
    try {
      const page = await fetchLimited(link, deps.limits, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
      if (page.status !== 200) throw new Error(`${link}: HTTP ${page.status}`);
      const read = await (deps.readPage ?? readHere)(page.body, page.url);
      if (!read) throw new Error(`${link}: no article text found on the page`);
      const id = read.canonical ?? canonicalUrl(page.url) ?? link;
      return { key, item, url: link, id, text: read.text, title: read.title, textFrom: 'page', error: null };
    } catch (error) {
      pageError = (error as Error).message;
    }
  } else pageError = 'the item has no link';
  const id = link ?? key;
  if (item.summary) {
    deps.logger.debug(`feed ${feedUrl}: ${pageError}; using the feed's text`);
    return { key, item, url: link ?? null, id, text: [item.title, item.summary].filter(Boolean).join('\n'), title: item.title, textFrom: 'description', error: pageError };
  }
  return { key, item, url: link ?? null, id, text: undefined, title: undefined, textFrom: null, error: `${pageError}, and the feed gives no text` };
}
