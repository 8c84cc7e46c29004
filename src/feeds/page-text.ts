import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { canonicalUrl } from './canonical-url.js';

// The story on a page, without the menu, the footer and the "read next" boxes: Mozilla's Readability (the
// Firefox reader view) over linkedom's DOM. Also the page's own canonical URL, which names the story when
// the feed linked it through a tracker or a syndication partner links the original.

export interface PageText {
  text: string;
  title: string | undefined;
  /** From <link rel="canonical"> (or og:url), made absolute and normal; undefined when the page names none. */
  canonical: string | undefined;
}

/** Shorter than this, what Readability found is a menu or a teaser, not the story: the feed's text is used instead. */
const MIN_TEXT = 200;

/** The page's story, or undefined when it has none (of at least MIN_TEXT characters). */
export function pageText(html: string, url: string): PageText | undefined {
  const { document } = parseHTML(html);
  const declared =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    undefined;
  const canonical = declared ? canonicalUrl(declared, url) : undefined;
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = article?.textContent?.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  if (!text || text.length < MIN_TEXT) return undefined;
  return { text, title: article?.title?.trim() || undefined, canonical };
}
