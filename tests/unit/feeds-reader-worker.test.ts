import { afterAll, describe, expect, it } from 'vitest';
import { newsPage } from '../../bench/feed-pages.js';
import { generateArticles } from '../../bench/generate-articles.js';
import { readerWorker } from '../../src/feeds/reader-worker.js';
import { silentLogger } from '../../src/logger.js';

// The worker thread the API server reads feed pages in. A large page (3 MB of menus, cards and comments
// around the story) takes Readability a second or so: read on this thread, no timer could fire before the
// answer; read in the worker, this thread's timers go on firing meanwhile.

const [article] = generateArticles(1, 3);
const exitFixture = new URL('./extractor-pool-exit-fixture.ts', import.meta.url).href;
const reader = readerWorker(silentLogger);
afterAll(() => reader.close());

describe('readerWorker', () => {
  it('reads a page off this thread: timers fire while it is parsed', async () => {
    await reader.pageText(newsPage(article!, '/warm-up', 20), 'http://news.test/warm-up'); // starts the worker
    const html = newsPage(article!, '/news/big', 3000);
    let ticks = 0;
    let done = false;
    const timer = setInterval(() => {
      if (!done) ticks++;
    }, 1);
    try {
      const read = await reader.pageText(html, 'http://news.test/news/big').finally(() => (done = true));
      expect(read?.text).toContain(article!.text.split('\n\n')[0]!.slice(0, 100));
      expect(read?.text).not.toContain('Most read story');
      expect(read?.canonical).toBe('http://news.test/news/big');
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  }, 60_000);

  it('replaces a worker that died; what it had in hand fails', async () => {
    const fragile = readerWorker(silentLogger, [], exitFixture);
    try {
      const first = await fragile.pool();
      await expect(first.extract({ id: 'exit', text: 'bye' })).rejects.toThrow(/exited \(code 3\)/);
      const second = await fragile.pool();
      expect(second).not.toBe(first);
      await expect(second.extract({ id: 'a', text: 'fine' })).resolves.toMatchObject({ articleId: 'a' });
      expect((await fragile.pageText(newsPage(article!, '/after', 20), 'http://news.test/after'))?.title).toBe(article!.title);
    } finally {
      await fragile.close();
    }
  }, 60_000);
});
