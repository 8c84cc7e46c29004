// News pages as sites serve them, for the feed benchmark (bench/feeds.ts) and the reader-worker test: the
// story (a generated article) inside a page that is mostly something else: a mega-menu, a sidebar of
// "most read", cards of related stories, comments, a footer of links and inline scripts. `kb` sets the size
// (each block of related cards and comments is about 5 KB).
import type { Article } from '../src/extract/types.js';

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The page of `article` (generate-articles.ts), its canonical link `path`. */
export function newsPage(article: Article, path: string, kb = 300): string {
  const title = article.title ?? article.id;
  const paragraphs = article.text.split('\n\n').map((s) => `<p>${esc(s)}</p>`).join('\n');
  const menu = Array.from({ length: 120 }, (_, k) => `<li class="nav-item"><a href="/section/${k}">Section ${k}</a><ul><li><a href="/section/${k}/a">Markets</a></li><li><a href="/section/${k}/b">Companies</a></li></ul></li>`).join('');
  const mostRead = Array.from({ length: 20 }, (_, k) => `<li><a href="/news/${k}"><span class="rank">${k + 1}</span> Most read story number ${k} about the economy</a></li>`).join('');
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | Daily Ledger</title>
<link rel="canonical" href="${path}"><style>${'.c{margin:0;padding:0}'.repeat(200)}</style>
<script>window.__STATE__=${JSON.stringify({ ads: Array.from({ length: 50 }, (_, k) => ({ slot: k, sizes: [[300, 250], [728, 90]] })) })}</script></head>
<body><header><nav class="menu"><ul>${menu}</ul></nav><form class="search"><input name="q"></form></header>
<main><article class="story"><h1>${esc(title)}</h1><p class="byline">By a staff reporter</p>
<div class="story-body">${paragraphs}</div></article>
<aside class="sidebar"><h2>Most read</h2><ol>${mostRead}</ol></aside>`;
  const blocks: string[] = [];
  let size = head.length;
  for (let b = 0; size < kb * 1024 - 2000; b++) {
    const block =
      `<section class="related"><h2>More from markets</h2>${Array.from({ length: 12 }, (_, k) =>
        `<div class="card"><a href="/news/${b}-${k}"><img src="/img/${b}-${k}.jpg" alt=""><h3>Related story ${b}-${k}</h3></a><p class="teaser">Shares moved as traders weighed the outlook.</p></div>`).join('')}</section>` +
      `<section class="comments">${Array.from({ length: 15 }, (_, k) =>
        `<div class="comment"><span class="user">reader${b}${k}</span><p>Comment ${k}: interesting, thanks.</p><button>Reply</button></div>`).join('')}</section>`;
    blocks.push(block);
    size += block.length;
  }
  const footer = `</main><footer>${Array.from({ length: 80 }, (_, k) => `<a href="/about/${k}">Link ${k}</a>`).join(' | ')}</footer></body></html>`;
  return head + blocks.join('\n') + footer;
}
