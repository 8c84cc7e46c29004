import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Debian's Chromium, headless, in a fresh profile, with nothing phoning home.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the page draws, read from Cytoscape (window.cy). */
export interface Drawn {
  nodes: string[];
  edges: { id: string; type: string }[];
}

export async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => ({
    nodes: window.cy!.nodes().map((n) => n.id()).sort(),
    edges: window.cy!.edges().map((e) => ({ id: e.id(), type: e.data('type') as string })),
  }));
}

/** Waits until the message bar is past "loading" and the layout has stopped moving. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const message = document.querySelector('[data-testid=message]') as HTMLElement | null;
    const graph = document.querySelector('[data-testid=graph]') as HTMLElement | null;
    return message?.dataset.kind !== 'loading' && graph?.dataset.layout === 'idle';
  });
}

/** Clicks where Cytoscape draws a node, or the middle of an edge (page coordinates). */
export async function clickElement(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const ele = window.cy!.getElementById(elementId);
    const box = document.querySelector('[data-testid=graph]')!.getBoundingClientRect();
    const at = ele.group() === 'nodes' ? ele.renderedPosition() : ele.renderedMidpoint();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Whether an edge's middle is clear of every node (so a click there hits the edge). */
export async function edgeIsClickable(page: Page, id: string): Promise<boolean> {
  return page.evaluate((edgeId) => {
    const mid = window.cy!.getElementById(edgeId).renderedMidpoint();
    return window.cy!.nodes().every((n) => {
      const b = n.renderedBoundingBox({ includeLabels: true });
      return mid.x < b.x1 - 4 || mid.x > b.x2 + 4 || mid.y < b.y1 - 4 || mid.y > b.y2 + 4;
    });
  }, id);
}
