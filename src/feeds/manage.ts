import { formatDuration, parseDuration } from '../duration.js';
import { InvalidInputError } from '../errors.js';
import { addFeed, type FeedView } from '../graph/feeds/feeds.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import { assertPublicUrl, UrlRefusedError } from './url-guard.js';

// Following a feed, as the CLI and the API both do it: the URL checked (form and address), the interval
// within bounds, then stored. Bad input is an InvalidInputError naming the URL or the interval and the reason.

export const MIN_INTERVAL_MS = 60_000;
export const DEFAULT_INTERVAL_MS = 15 * 60_000;

export async function followFeed(client: GraphClient, rawUrl: string, every: string | undefined, allowPrivate: boolean): Promise<{ feed: FeedView; created: boolean }> {
  let intervalMs = DEFAULT_INTERVAL_MS;
  if (every !== undefined) {
    try {
      intervalMs = parseDuration(every, 'interval');
    } catch (error) {
      throw new InvalidInputError((error as Error).message);
    }
  }
  if (intervalMs < MIN_INTERVAL_MS) throw new InvalidInputError(`interval "${every}" is shorter than ${formatDuration(MIN_INTERVAL_MS)}: publishers would rightly block us`);
  const url = await checkedUrl(rawUrl, allowPrivate);
  return addFeed(client, url, intervalMs);
}

/** The URL in normal form (new URL(...).href), or InvalidInputError saying why it is refused. */
export async function checkedUrl(rawUrl: string, allowPrivate: boolean): Promise<string> {
  try {
    return (await assertPublicUrl(rawUrl, allowPrivate)).href;
  } catch (error) {
    if (error instanceof UrlRefusedError) throw new InvalidInputError(`refused ${error.message}`, [], { cause: error });
    throw error;
  }
}
