import { type HTMLElement, parse } from 'node-html-parser';
import { toArticle } from './schema.js';
import { ReadError, type ReadItem } from './types.js';

// HTML pages: the text of the article body without scripts, styles and page furniture (navigation,
// header, footer, asides, forms); title, URL, publisher and date from the usual meta tags when present.

const DROP = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button';

function meta(root: HTMLElement, ...names: string[]): string | null {
  for (const n of names) {
    const el = root.querySelector(`meta[property="${n}"]`) ?? root.querySelector(`meta[name="${n}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

export function* readHtml(html: string, name: string): Generator<ReadItem> {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  const title =
    meta(root, 'og:title') ?? root.querySelector('title')?.text.trim() ?? root.querySelector('h1')?.text.trim() ?? null;
  const url = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(root, 'og:url');
  const source = meta(root, 'og:site_name');
  const publishedAt = meta(root, 'article:published_time', 'date', 'pubdate');
  for (const el of root.querySelectorAll(DROP)) el.remove();
  const body = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  for (const el of body.querySelectorAll('h1')) if (el.text.trim() === title) el.remove();
  const text = body.structuredText.replace(/\n{3,}/g, '\n\n').trim();
  if (text === '') {
    yield new ReadError(name, 'no text in the HTML body');
    return;
  }
  const article = toArticle(
    { title, text, url, source, publishedAt: publishedAt && !Number.isNaN(Date.parse(publishedAt)) ? publishedAt : null },
    name,
  );
  yield 'error' in article ? new ReadError(name, article.error) : article;
}
