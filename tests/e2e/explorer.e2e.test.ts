import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/server.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import type { Extraction } from '../../src/extract/types.js';
import { writeArticles } from '../../src/graph/write/index.js';
import { ingestArticles, readInputs } from '../../src/ingest/index.js';
import { silentLogger } from '../../src/logger.js';
import { testClient, wipe } from '../integration/helpers.js';
import { clickElement, drawn, edgeIsClickable, launchBrowser, settled } from './explorer-driver.js';

// The explorer in Debian's headless Chromium, served by the real app on a real port, over the
// bundled examples in the real Neo4j. What the page draws is compared with the graph read by Cypher.

const allTypes = ['SUPPLIES', 'COMPETES_WITH', 'OFFERS'];

interface Around {
  nodes: Set<string>;
  edges: Set<string>;
}

describe('explorer page', () => {
  let client: GraphClient;
  let server: Server;
  let base: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let focus: { id: string; name: string };

  /** A node's own edges and neighbours (what `neighborhood(id, depth: 1)` draws), by Cypher. */
  async function around(id: string, types = allTypes): Promise<Around> {
    const product = id.startsWith('product:');
    const rows = await client.runText<{ other: string; edge: string }>(
      `MATCH (n:${product ? 'Product' : 'Company'} {id: $id})-[r:SUPPLIES|COMPETES_WITH|OFFERS]-(m)
       WHERE type(r) IN $types
       RETURN CASE WHEN m:Product THEN 'product:' + m.id ELSE m.id END AS other,
              type(r) + ':' + startNode(r).id + ':' + endNode(r).id AS edge`,
      { id: product ? id.slice('product:'.length) : id, types },
      'READ',
    );
    return { nodes: new Set([id, ...rows.map((r) => r.other)]), edges: new Set(rows.map((r) => r.edge)) };
  }

  /** The picture after drawing `centre` and expanding `expanded` in order, by Cypher. */
  async function expected(centre: string, expanded: string[], types = allTypes): Promise<{ nodes: string[]; edges: string[] }> {
    const first = await around(centre, types);
    const nodes = new Set(first.nodes);
    const edges = new Set(first.edges);
    for (const id of expanded) {
      if (!nodes.has(id)) continue;
      const more = await around(id, types);
      more.nodes.forEach((n) => nodes.add(n));
      more.edges.forEach((e) => edges.add(e));
    }
    return { nodes: [...nodes].sort(), edges: [...edges].sort() };
  }

  /** A drawn SUPPLIES edge whose middle no node covers. */
  async function clickableSuppliesEdge(): Promise<string> {
    const supplies = (await drawn(page)).edges.filter((e) => e.type === 'SUPPLIES').map((e) => e.id);
    for (const id of supplies) if (await edgeIsClickable(page, id)) return id;
    throw new Error(`no SUPPLIES edge clear of the nodes among ${supplies.join(', ')}`);
  }

  const open = async (path: string) => {
    await page.goto(`${base}${path}`);
    await settled(page);
  };
  const message = () => page.getByTestId('message').getAttribute('data-kind');
  const messageText = async () => (await page.locator('#message-text').textContent()) ?? '';

  beforeAll(async () => {
    client = testClient();
    await wipe(client);
    await client.applySchema();
    const report = await ingestArticles(client, readInputs(['examples/articles.jsonl']), { workers: 0 });
    expect(report.counts.failed).toBe(0);

    // The company to search: the best connected one of the examples (a hub under the 25-edge fan-out cap)
    // with a SUPPLIES edge, so there is evidence to read and neighbours to expand.
    const [hub] = await client.runText<{ id: string; name: string }>(
      `MATCH (c:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]-(m)
       WITH c, count(DISTINCT m) AS degree, sum(CASE type(r) WHEN 'SUPPLIES' THEN 1 ELSE 0 END) AS supplies
       WHERE supplies > 0 AND degree <= 25
       RETURN c.id AS id, c.name AS name ORDER BY degree DESC, c.id LIMIT 1`,
      {},
      'READ',
    );
    expect(hub, 'the examples give at least one SUPPLIES edge').toBeDefined();
    focus = hub;

    const app = createApp({
      client,
      logger: silentLogger,
      config: { port: 0, host: '127.0.0.1', apiToken: undefined, readToken: undefined, production: false },
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await client?.close();
  });

  it('searches a company with suggestions and draws its neighbourhood', async () => {
    await open('/');
    expect(await page.getByTestId('stats').textContent()).toMatch(/\d+ companies/);
    await page.getByTestId('search').fill(focus.name.slice(0, 4));
    const suggestion = page.locator(`[data-testid=suggestion][data-id="${focus.id}"]`);
    await suggestion.waitFor();
    await suggestion.click();
    await page.waitForURL(`**/?company=${focus.id}`);
    await settled(page);

    const want = await expected(focus.id, []);
    const got = await drawn(page);
    expect(got.nodes).toEqual(want.nodes);
    expect(got.edges.map((e) => e.id).sort()).toEqual(want.edges);
    expect(await page.getByTestId('graph').getAttribute('data-node-count')).toBe(String(want.nodes.length));
    expect(await page.evaluate((id) => window.cy!.getElementById(id).hasClass('focus'), focus.id)).toBe(true);
  });

  it('lists the drawn relationships, and the keyboard opens their evidence', async () => {
    const edges = (await drawn(page)).edges.map((e) => e.id).sort();
    const listed = await page.getByTestId('edge-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-id')!));
    expect([...listed].sort()).toEqual(edges);
    await page.getByTestId('edge-item').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('evidence').first().waitFor();
    expect(await page.evaluate((id) => window.cy!.getElementById(id).selected(), listed[0])).toBe(true);
  });

  it('shows the evidence of a clicked edge, names marked, with its article', async () => {
    const target = await clickableSuppliesEdge();
    const [, source, customer] = target!.split(':');
    const evidence = await client.runText<{ sentence: string; url: string | null; title: string | null }>(
      `MATCH (a:Assertion {type: 'SUPPLIES'})-[:SUBJECT]->(:Company {id: $source}), (a)-[:OBJECT]->(:Company {id: $customer}),
             (a)-[:IN]->(art:Article)
       RETURN a.sentence AS sentence, art.url AS url, art.title AS title`,
      { source, customer },
      'READ',
    );

    await clickElement(page, target!);
    await page.getByTestId('evidence').first().waitFor();
    const names = await client.runText<{ name: string }>(`MATCH (c:Company) WHERE c.id IN [$source, $customer] RETURN c.name AS name`, { source, customer }, 'READ');
    const title = (await page.getByTestId('relationship-title').textContent()) ?? '';
    for (const { name } of names) expect(title).toContain(name);
    expect(await page.getByTestId('evidence').count()).toBe(Math.min(20, evidence.length));
    const sentences = await page.getByTestId('evidence-sentence').allTextContents();
    expect(sentences.sort()).toEqual(evidence.map((e) => e.sentence).sort());
    expect(await page.locator('[data-testid=evidence-sentence] mark').count()).toBeGreaterThan(0);
    const link = page.getByTestId('evidence-article').first();
    expect(evidence.map((e) => e.url)).toContain(await link.getAttribute('href'));
  });

  it('expands a clicked node and keeps it in the URL', async () => {
    const before = await drawn(page);
    let pick: string | undefined;
    for (const id of before.nodes.filter((n) => n !== focus.id && !n.startsWith('product:'))) {
      const more = await around(id);
      if ([...more.nodes].some((n) => !before.nodes.includes(n))) {
        pick = id;
        break;
      }
    }
    expect(pick, 'a neighbour with neighbours of its own').toBeDefined();
    await clickElement(page, pick!);
    await page.waitForURL(`**/?company=${focus.id}&expand=${pick}`);
    await settled(page);
    const want = await expected(focus.id, [pick!]);
    const got = await drawn(page);
    expect(got.nodes).toEqual(want.nodes);
    expect(got.edges.map((e) => e.id).sort()).toEqual(want.edges);
    expect(got.nodes.length).toBeGreaterThan(before.nodes.length);
    expect(await page.getByTestId('node-title').textContent()).not.toBe('');

    // The README's picture: the expanded neighbourhood with one relationship's evidence open.
    await clickElement(page, await clickableSuppliesEdge());
    await page.getByTestId('evidence').first().waitFor();
    // Written to .data/ on every run; `npm run docs:screenshot` refreshes the tracked copy in docs/.
    const shot = await page.screenshot({ path: process.env.NEWSGRAPH_SCREENSHOT ?? '.data/explorer.png' });
    expect(shot.subarray(1, 4).toString()).toBe('PNG');
  });

  it('filters by relationship type, and a reload draws the same view', async () => {
    const url = new URL(page.url());
    const expanded = url.searchParams.get('expand')?.split(',') ?? [];
    await page.getByTestId('filter-COMPETES_WITH').uncheck();
    await page.waitForURL(/types=SUPPLIES,OFFERS/);
    await settled(page);
    const types = ['SUPPLIES', 'OFFERS'];
    const want = await expected(focus.id, expanded, types);
    const got = await drawn(page);
    expect(got.edges.filter((e) => e.type === 'COMPETES_WITH')).toEqual([]);
    expect(got.nodes).toEqual(want.nodes);

    // The download links export the same company with the same filters.
    const href = await page.getByTestId('download-graphology').evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(`${base}/export/graph.graphology.json?company=${focus.id}&types=SUPPLIES,OFFERS`);
    const exported = (await (await page.request.get(href)).json()) as { nodes: { key: string }[] };
    expect(exported.nodes.map((n) => n.key).sort()).toEqual((await expected(focus.id, [], types)).nodes);

    await page.reload();
    await settled(page);
    expect(await page.getByTestId('filter-COMPETES_WITH').isChecked()).toBe(false);
    expect((await drawn(page)).nodes).toEqual(want.nodes);
    await page.getByTestId('filter-reset').click();
    await page.waitForURL((u) => !u.search.includes('types='));
  });

  it.each([
    ['minConfidence=0.8', 'r.confidence >= 0.8', 'filter-confidence', '0.8'],
    ['since=2025-04-01', "r.lastSeen >= datetime('2025-04-01T00:00:00Z')", 'filter-since', '2025-04-01'],
  ])('filters from the URL: ?%s', async (query, where, control, value) => {
    await open(`/?company=${focus.id}&${query}`);
    const rows = await client.runText<{ other: string }>(
      `MATCH (:Company {id: $id})-[r:SUPPLIES|COMPETES_WITH|OFFERS]-(m) WHERE ${where}
       RETURN DISTINCT CASE WHEN m:Product THEN 'product:' + m.id ELSE m.id END AS other`,
      { id: focus.id },
      'READ',
    );
    expect((await drawn(page)).nodes).toEqual([focus.id, ...rows.map((r) => r.other)].sort());
    expect(await page.getByTestId(control).inputValue()).toBe(value);
  });

  it('finds the path between two companies', async () => {
    const [far] = await client.runText<{ id: string; name: string; hops: number }>(
      `MATCH (a:Company {id: $id}), (b:Company) WHERE b <> a
       MATCH p = shortestPath((a)-[:SUPPLIES|COMPETES_WITH*..4]-(b))
       WITH b, length(p) AS hops WHERE hops >= 2
       RETURN b.id AS id, b.name AS name, hops ORDER BY hops DESC, b.id LIMIT 1`,
      { id: focus.id },
      'READ',
    );
    expect(far, 'a company two or more hops away').toBeDefined();
    await open(`/?company=${focus.id}`);
    await page.getByTestId('mode-path').click();
    await page.waitForURL(`**/?mode=path&from=${focus.id}`);
    await page.getByTestId('path-to').fill(far.name);
    await page.locator(`#path-to-suggestions [data-id="${far.id}"]`).click();
    await page.waitForURL(`**/?mode=path&from=${focus.id}&to=${far.id}`);
    await settled(page);
    const got = await drawn(page);
    expect(got.nodes).toContain(focus.id);
    expect(got.nodes).toContain(far.id);
    expect(got.edges.length).toBeGreaterThanOrEqual(far.hops);
    expect(await page.getByTestId('path-from').inputValue()).toBe(focus.name);
    expect(await messageText()).toContain('shortest');
  });

  /** A supplier switch, written as extractions (apart from NLP): A (2024-03-01) Fabrikam supplies Contoso; B (2025-05-01)
   * Contoso replaced Fabrikam with Northwind. */
  async function writeSwitch(): Promise<void> {
    const company = (name: string, text: string) => {
      const start = text.indexOf(name);
      return { name, aliases: [], mentions: [{ text: name, start, end: start + name.length }], confidence: 0.9 };
    };
    const article = (id: string, publishedAt: string, text: string, relations: Array<{ source: string; status?: 'ended' }>): Parameters<typeof writeArticles>[1][number] => {
      const names = ['Contoso', ...relations.map((r) => r.source)];
      const extraction: Extraction = {
        articleId: id, text, products: [],
        companies: names.map((n) => company(n, text)),
        relations: relations.map((r) => ({
          type: 'SUPPLIES', source: r.source, target: 'Contoso', sentence: text, start: 0, end: text.length, confidence: 0.8, rule: 'test.switch',
          ...(r.status ? { status: r.status } : {}),
        })),
      };
      return { article: { id, url: `https://example.com/${id}`, title: `Title ${id}`, source: 'Test Wire', publishedAt, contentHash: id, text, extractor: 'test' }, extraction };
    };
    await writeArticles(client, [article('switch-a', '2024-03-01T00:00:00Z', 'Fabrikam supplies display panels to Contoso.', [{ source: 'Fabrikam' }])]);
    await writeArticles(client, [
      article('switch-b', '2025-05-01T00:00:00Z', 'Contoso replaced Fabrikam with Northwind as its panel supplier.', [{ source: 'Fabrikam', status: 'ended' }, { source: 'Northwind' }]),
    ]);
  }

  it('draws ended relationships dashed and grey, hides them with a box, and replays the picture with the date slider', async () => {
    await writeSwitch();
    const ended = 'SUPPLIES:fabrikam:contoso';
    const current = 'SUPPLIES:northwind:contoso';
    const edgeIds = async () => (await drawn(page)).edges.map((e) => e.id).sort();
    const lineStyle = (id: string) => page.evaluate((edgeId) => window.cy!.getElementById(edgeId).style('line-style'), id);
    const slideTo = async (day: string) => {
      await page.getByTestId('filter-asof').evaluate((input: HTMLInputElement, d) => {
        input.value = String(Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, day);
      await page.waitForURL(`**asOf=${day}*`);
      await settled(page);
    };

    await open('/?company=contoso');
    expect(await edgeIds()).toEqual([ended, current]);
    expect([await lineStyle(ended), await lineStyle(current)]).toEqual(['dashed', 'solid']);
    expect(await page.evaluate((id) => window.cy!.getElementById(id).style('line-color'), ended)).toBe('rgb(160,174,192)');

    await page.getByTestId('filter-ended').uncheck();
    await page.waitForURL('**ended=hide*');
    await settled(page);
    expect(await edgeIds()).toEqual([current]);

    // The slider replays the graph: in mid-2024 Fabrikam supplied Contoso, a year later Northwind did.
    await slideTo('2024-06-01');
    expect(await page.getByTestId('filter-asof-value').textContent()).toBe('2024-06-01');
    expect(await edgeIds()).toEqual([ended]);
    expect(await lineStyle(ended)).toBe('solid');
    await slideTo('2025-06-01');
    expect(await edgeIds()).toEqual([current]);
    await page.getByTestId('filter-ended').check();
    await settled(page);
    expect(await edgeIds()).toEqual([ended, current]);
    // The slider reaches back to the first mention of what is drawn.
    expect(await page.getByTestId('filter-asof').evaluate((input: HTMLInputElement) => new Date(Number(input.min) * 86_400_000).toISOString().slice(0, 10))).toBe('2024-03-01');

    // A reload keeps the day; the side panel shows the period with the sentences that opened and closed it.
    await open('/?company=contoso&asOf=2025-06-01');
    expect(await page.getByTestId('filter-asof-value').textContent()).toBe('2025-06-01');
    await page.locator(`[data-testid=edge-item][data-id="${ended}"]`).click();
    await page.getByTestId('period').first().waitFor();
    expect(await page.getByTestId('relationship-status').textContent()).toContain('Ended');
    expect(await page.getByTestId('period').count()).toBe(1);
    expect(await page.getByTestId('period-opening').textContent()).toContain('Fabrikam supplies display panels to Contoso.');
    expect(await page.getByTestId('period-closing').textContent()).toContain('Contoso replaced Fabrikam with Northwind as its panel supplier.');
  });

  it('says so when the company is unknown', async () => {
    await open('/?company=no-such-company');
    expect(await message()).toBe('warning');
    expect(await messageText()).toContain('no-such-company');
    expect((await drawn(page)).nodes).toEqual([]);
  });

  it('says so when the API is down', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    try {
      await page.goto(`${base}/?company=${focus.id}`);
      await page.waitForFunction(() => (document.querySelector('[data-testid=message]') as HTMLElement).dataset.kind === 'error');
      expect(await messageText()).toContain('not answering');
      expect(await page.getByTestId('retry').isVisible()).toBe(true);
    } finally {
      await page.unroute('**/graphql');
    }
  });

  it('says so when the database is empty', async () => {
    await wipe(client);
    await open('/');
    expect(await message()).toBe('warning');
    expect(await messageText()).toContain('database is empty');
  });
});
