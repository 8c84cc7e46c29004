import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/feeds/canonical-url.js';
import { judge } from '../../src/feeds/dedupe.js';
import { pageText } from '../../src/feeds/page-text.js';
import { FeedParseError, htmlToText, parseFeedText } from '../../src/feeds/parse-feed.js';
import { backoff } from '../../src/feeds/poll-feed.js';
import { itemKey } from '../../src/feeds/read-item.js';
import { assertPublicUrl, privateRange } from '../../src/feeds/url-guard.js';
import { formatDuration, parseDuration } from '../../src/duration.js';
import { bands, hamming, NEAR, simhash } from '../../src/ingest/simhash.js';

// The pure parts of following feeds: durations, URLs, the address guard, parsing, page text, SimHash, backoff.

const story = `Harrowgate Ceramics will supply insulating tiles to Velmora Rail under a three-year contract announced on Monday.
The tiles will line the battery housings of the regional trains that Velmora Rail is building for routes in the north.
Velmora Rail said the ceramic tiles passed fire tests that two other candidates failed, and that the first deliveries are planned for the spring.
Harrowgate Ceramics competes with Quillon Materials in the market for heat-resistant tiles, and the win is its largest order so far.`;

describe('durations', () => {
  it.each([
    ['15m', 900_000], ['90s', 90_000], ['2h', 7_200_000], ['7d', 604_800_000], ['1w', 604_800_000], ['500ms', 500], ['1.5h', 5_400_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['15', 'm', '15 minutes', '-1m', '0m', ''])('refuses %j, naming it', (text) => {
    expect(() => parseDuration(text, '--every')).toThrow(`--every "${text}"`);
  });
  it('formats with the largest exact unit', () => {
    expect([900_000, 86_400_000, 90_000, 1_500].map(formatDuration)).toEqual(['15m', '1d', '90s', '1500ms']);
  });
});

describe('canonical URLs', () => {
  it.each([
    ['https://News.example.com/a/b/?utm_source=rss&utm_medium=x&id=3#top', 'https://news.example.com/a/b?id=3'],
    ['https://example.com/a?b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['/news/x', 'https://example.com/news/x'],
  ])('%s → %s', (raw, expected) => expect(canonicalUrl(raw, 'https://example.com/feed.xml')).toBe(expected));
  it('has none for other schemes or nonsense', () => {
    expect(canonicalUrl('mailto:a@example.com')).toBeUndefined();
    expect(canonicalUrl('http://')).toBeUndefined();
  });
  it('keys an item by its link, else by the feed and its id', () => {
    expect(itemKey('https://f.example/rss', { key: 'g1', link: 'https://f.example/a?utm_campaign=z', title: undefined, summary: undefined, publishedAt: undefined })).toBe('https://f.example/a');
    expect(itemKey('https://f.example/rss', { key: 'g1', link: undefined, title: undefined, summary: undefined, publishedAt: undefined })).toBe('https://f.example/rss#g1');
  });
});

describe('address guard', () => {
  it.each([
    ['127.0.0.1', 'loopback'], ['10.0.0.8', 'private'], ['192.168.1.1', 'private'], ['172.16.5.4', 'private'],
    ['169.254.169.254', 'linkLocal'], ['::1', 'loopback'], ['fe80::1', 'linkLocal'], ['fc00::1', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'], ['0.0.0.0', 'unspecified'], ['100.64.0.1', 'carrierGradeNat'],
  ])('%s is %s', (address, range) => expect(privateRange(address)).toBe(range));
  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])('%s is public', (address) => expect(privateRange(address)).toBeUndefined());

  it('refuses private literals, other schemes and credentials, and allows them with the flag', async () => {
    await expect(assertPublicUrl('http://[::1]:8080/feed', false)).rejects.toThrow('loopback');
    await expect(assertPublicUrl('http://10.1.2.3/feed', false)).rejects.toThrow('NEWSGRAPH_ALLOW_PRIVATE_URLS=true');
    await expect(assertPublicUrl('ftp://example.com/feed', false)).rejects.toThrow('scheme ftp:');
    await expect(assertPublicUrl('https://user:pw@example.com/', true)).rejects.toThrow('credentials');
    await expect(assertPublicUrl('not a url', true)).rejects.toThrow('not a URL');
    await expect(assertPublicUrl('http://10.1.2.3/feed', true)).resolves.toBeInstanceOf(URL);
  });
});

describe('feed parsing', () => {
  it('reads RSS 2.0 items with guid, link, HTML description and date', () => {
    const feed = parseFeedText(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>One</title><link>https://w.example/1</link><guid>w-1</guid><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate>
      <description><![CDATA[<p>First &amp; <b>best</b>.</p><p>Second.</p>]]></description></item>
      <item><title>No link or id</title></item></channel></rss>`, 'https://w.example/rss');
    expect(feed).toEqual({
      format: 'rss', title: 'Wire',
      items: [{ key: 'w-1', link: 'https://w.example/1', title: 'One', summary: 'First & best.\nSecond.', publishedAt: '2026-12-01T08:00:00.000Z' }],
    });
  });
  it('reads Atom entries with their alternate link', () => {
    const feed = parseFeedText(`<feed xmlns="http://www.w3.org/2005/Atom"><title>K</title><id>k</id><updated>2026-12-03T10:00:00Z</updated>
      <entry><id>e1</id><title>T</title><link rel="self" href="https://k.example/e1.atom"/><link rel="alternate" href="https://k.example/e1"/>
      <updated>2026-12-03T10:00:00Z</updated><summary>S</summary></entry></feed>`, 'https://k.example/atom');
    expect(feed.items).toEqual([{ key: 'e1', link: 'https://k.example/e1', title: 'T', summary: 'S', publishedAt: '2026-12-03T10:00:00.000Z' }]);
  });
  it('reads JSON Feed items', () => {
    const feed = parseFeedText(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '9', url: 'https://j.example/9', content_html: '<p>Hi</p>' }] }), 'https://j.example/feed.json');
    expect(feed.items).toEqual([{ key: '9', link: 'https://j.example/9', title: undefined, summary: 'Hi', publishedAt: undefined }]);
  });
  it('refuses what is not a feed, naming the URL', () => {
    expect(() => parseFeedText('<html><body>moved</body></html>', 'https://x.example/feed')).toThrow(FeedParseError);
    expect(() => parseFeedText('{"not": "a feed"}', 'https://x.example/feed')).toThrow('https://x.example/feed: not a feed');
  });
  it('turns HTML into text without scripts', () => {
    expect(htmlToText('<div>a<script>alert(1)</script></div><div>b &lt; c</div>')).toBe('a\nb < c');
  });
});

describe('page text', () => {
  const page = (body: string, head = '') => `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;
  const paragraphs = story.split('\n').map((s) => `<p>${s}</p>`).join('');

  it('keeps the article and drops menu, sidebar and footer', () => {
    const read = pageText(page(`<nav><a href="/">Home</a> <a href="/d">Deals: Dunmore Steel supplies Pellham Forge</a></nav>
      <article><h1>Tiles</h1>${paragraphs}</article><aside class="sidebar">Most read: Dunmore Steel</aside><footer>Dunmore Steel sponsors us</footer>`), 'https://n.example/a')!;
    expect(read.text).toContain('Harrowgate Ceramics will supply insulating tiles to Velmora Rail');
    expect(read.text).not.toContain('Dunmore');
    expect(read.canonical).toBeUndefined();
  });
  it('takes the canonical URL the page declares', () => {
    const read = pageText(page(`<article>${paragraphs}</article>`, '<link rel="canonical" href="/news/original?utm_source=x">'), 'https://partner.example/copy')!;
    expect(read.canonical).toBe('https://partner.example/news/original');
  });
  it('gives nothing for a page without an article', () => {
    expect(pageText(page('<nav>Home</nav>'), 'https://n.example/')).toBeUndefined();
  });
});

describe('SimHash dedupe', () => {
  const copy = `By Roundup wire staff\n${story}\nRegional Industry Roundup republishes stories from its partners.`;
  const other = 'Brackenfield Glass competes with Ostrava Kilnworks in the market for furnace linings after opening a plant in Sheffield this week; analysts expect prices to fall.';

  it('puts a syndicated copy within a few bits and another story far away', () => {
    expect(simhash(story)).toMatch(/^[0-9a-f]{16}$/);
    expect(hamming(simhash(story), simhash(copy))).toBeLessThanOrEqual(NEAR);
    expect(hamming(simhash(story), simhash(other))).toBeGreaterThan(10);
  });
  it('bands share one band when within NEAR bits', () => {
    const a = simhash(story);
    const b = simhash(copy);
    expect(bands(a).some((x) => bands(b).includes(x))).toBe(true);
    expect(bands(a)).toHaveLength(8);
  });
  it('judges by id, by stored fingerprint, and by earlier items of the same pass', () => {
    const verdicts = judge(
      [
        { id: 'https://a/1', simhash: simhash(story) },
        { id: 'https://b/2', simhash: simhash(copy) },
        { id: 'https://c/3', simhash: simhash(other) },
        { id: 'https://known', simhash: simhash('anything') },
      ],
      [{ id: 'https://known', simhash: null }],
    );
    expect(verdicts).toEqual([undefined, 'https://a/1', undefined, 'https://known']);
  });
});

describe('polling helpers', () => {
  it('backs off by doubling, at most a day, never under the interval', () => {
    const m = 60_000;
    expect([0, 1, 2, 3].map((f) => backoff(15 * m, f) / m)).toEqual([15, 30, 60, 120]);
    expect(backoff(15 * m, 30)).toBe(86_400_000);
    expect(backoff(2 * 86_400_000, 3)).toBe(2 * 86_400_000);
  });
});
