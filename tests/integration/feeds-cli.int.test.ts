import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as digest } from '../../src/cli/commands/digest.js';
import { run as feeds } from '../../src/cli/commands/feeds.js';
import { run as follow } from '../../src/cli/commands/follow.js';
import { run as watch } from '../../src/cli/commands/watch.js';
import { run as webhooks } from '../../src/cli/commands/webhooks.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { type FeedSite, startFeedSite } from './feed-server.js';
import { testClient, wipe } from './helpers.js';

// The commands in-process, as a person runs them, against the NEO4J_URI the global setup published and the
// local news site: add a feed, follow it once, watch a company, read the digest.

let client: GraphClient;
let site: FeedSite;

async function capture(run: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  try {
    return { code: await run(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

beforeAll(async () => {
  process.env.LOG_LEVEL = 'error';
  client = testClient();
  await client.applySchema();
  await wipe(client);
  site = await startFeedSite();
});
afterAll(async () => {
  delete process.env.LOG_LEVEL;
  delete process.env.NEWSGRAPH_ALLOW_PRIVATE_URLS;
  await site.close();
  await client.close();
});

describe('newsgraph feeds, follow, watch, digest', () => {
  it('refuses a feed at a loopback address unless NEWSGRAPH_ALLOW_PRIVATE_URLS=true', async () => {
    await expect(feeds(['add', `${site.base}/rss.xml`])).rejects.toThrow(/loopback.*NEWSGRAPH_ALLOW_PRIVATE_URLS=true/);
    process.env.NEWSGRAPH_ALLOW_PRIVATE_URLS = 'true';
    const added = await capture(feeds, ['add', `${site.base}/rss.xml`, '--every', '20m']);
    expect(added).toMatchObject({ code: 0, out: `following ${site.base}/rss.xml every 20m` });
    await expect(feeds(['add', 'not a url'])).rejects.toThrow('refused not a url: not a URL');
  });

  it('follows once, then lists the feed with its state', async () => {
    await capture(feeds, ['add', `${site.base}/broken.xml`]);
    const once = await capture(follow, ['--once']);
    expect(once.code).toBe(1); // the broken feed failed
    expect(once.out).toContain(`${site.base}/rss.xml: ok, 2 new article(s)`);
    expect(once.out).toContain(`${site.base}/broken.xml: failed: ${site.base}/broken.xml: HTTP 500`);
    const list = await capture(feeds, ['list', '--json']);
    const state = JSON.parse(list.out) as Array<{ url: string; itemsSeen: number; lastStatus: string }>;
    expect(state.map((f) => [f.url.replace(site.base, ''), f.lastStatus, f.itemsSeen])).toEqual([['/broken.xml', 'error', 0], ['/rss.xml', 'ok', 2]]);
    const items = await capture(feeds, ['items', `${site.base}/rss.xml`]);
    expect(items.out).toMatch(/ingested .*\/news\/tidewell-orrin \(feed text\): .*HTTP 404/);
  }, 180_000);

  it('watches by name and prints the digest as Markdown and JSON', async () => {
    expect((await capture(watch, ['Harrowgate Ceramics'])).out).toMatch(/^watching Harrowgate Ceramics \(/);
    const md = await capture(digest, ['--since', '7d']);
    expect(md.code).toBe(0);
    expect(md.out).toContain('## Harrowgate Ceramics');
    expect(md.out).toMatch(/\*\*NEW\*\* Harrowgate Ceramics supplies Velmora Rail/);
    const json = JSON.parse((await capture(digest, ['--since', '7d', '--company', 'Velmora Rail', '--format', 'json'])).out);
    expect(json.scope).toBe('given');
    expect(json.companies.map((c: { company: { name: string } }) => c.company.name)).toEqual(['Velmora Rail']);
    expect((await capture(digest, ['--since', 'last week'])).err).toContain('--since "last week" is not a duration');
  });

  it('adds a webhook, refusing a short secret', async () => {
    await expect(webhooks(['add', 'http://127.0.0.1:9/hook', '--secret', 'short'])).rejects.toThrow(/at least 16 characters/);
    const added = await capture(webhooks, ['add', 'http://127.0.0.1:9/hook', '--secret', 'a-secret-long-enough', '--company', 'Velmora Rail']);
    expect(added.out).toMatch(/^webhook [0-9a-f-]+ → http:\/\/127\.0\.0\.1:9\/hook \(velmora/);
    expect((await capture(webhooks, ['list'])).out).not.toContain('a-secret-long-enough');
  });
});
