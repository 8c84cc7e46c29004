import { parseFeed as parseAny } from 'feedsmith';
import { parseHTML } from 'linkedom';

// RSS 2.0 (and RDF/RSS 1.0), Atom and JSON Feed, parsed by feedsmith, brought to one item shape.
// A body that is none of them is refused with the reason; an item without a link or an id is skipped
// (there is nothing to fetch and nothing to know it by next time).

export interface FeedItem {
  /** What the feed calls the item (guid, id), else its link. */
  key: string;
  /** The item's link as given. */
  link: string | undefined;
  title: string | undefined;
  /** The item's own text (description, summary, content), HTML stripped; the fallback when the page cannot be read. */
  summary: string | undefined;
  /** ISO date-time or undefined. */
  publishedAt: string | undefined;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json' | 'rdf';
  title: string | undefined;
  items: FeedItem[];
}

export class FeedParseError extends Error {
  constructor(readonly url: string, reason: string) {
    super(`${url}: not a feed (${reason})`);
    this.name = 'FeedParseError';
  }
}

type Loose = Record<string, unknown> | undefined;
const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && 'value' in v) return str((v as { value: unknown }).value);
  return undefined;
};

export function parseFeedText(body: string, url: string): ParsedFeed {
  let parsed: ReturnType<typeof parseAny>;
  try {
    parsed = parseAny(body);
  } catch (error) {
    throw new FeedParseError(url, (error as Error).message);
  }
  const feed = parsed.feed as Record<string, unknown>;
  const raw = ((parsed.format === 'atom' ? feed.entries : feed.items) ?? []) as Loose[];
  const items = raw.map((i) => toItem(parsed.format, i ?? {})).filter((i): i is FeedItem => i !== undefined);
  return { format: parsed.format, title: str(feed.title), items };
}

function toItem(format: ParsedFeed['format'], i: Record<string, unknown>): FeedItem | undefined {
  let link: string | undefined;
  let key: string | undefined;
  let summary: string | undefined;
  let date: string | undefined;
  if (format === 'atom') {
    const links = (i.links ?? []) as Array<{ href?: string; rel?: string }>;
    link = str((links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href);
    key = str(i.id);
    summary = str(i.content) ?? str(i.summary);
    date = str(i.published) ?? str(i.updated);
  } else if (format === 'json') {
    link = str(i.url) ?? str(i.external_url);
    key = str(i.id);
    summary = str(i.content_text) ?? str(i.content_html) ?? str(i.summary);
    date = str(i.date_published) ?? str(i.date_modified);
  } else {
    link = str(i.link);
    key = str(i.guid);
    summary = str((i.content as Loose)?.encoded) ?? str(i.description);
    date = str(i.pubDate) ?? str((i.dc as Loose)?.date);
  }
  key ??= link;
  if (!key) return undefined;
  const ms = date ? Date.parse(date) : Number.NaN;
  return {
    key,
    link,
    title: str(i.title),
    summary: summary ? htmlToText(summary) : undefined,
    publishedAt: Number.isNaN(ms) ? undefined : new Date(ms).toISOString(),
  };
}

/** Feed descriptions are often HTML: read by a real HTML parser, block ends become line breaks. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  for (const el of document.querySelectorAll('p, div, li, br, h1, h2, h3, h4, h5, h6')) el.after(document.createTextNode('\n'));
  return (document.body.textContent ?? '').replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}
