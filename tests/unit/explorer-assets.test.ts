import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createExplorerAssets } from '../../src/api/web/explorer-assets.js';
import { createLogger } from '../../src/logger.js';

// The staleness check runs on page loads in development only; a stand-in build script counts its calls.

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-assets-'));
const buildScript = join(dir, 'build-explorer.mjs');
writeFileSync(
  buildScript,
  `export async function isStale() { globalThis.__staleChecks = (globalThis.__staleChecks ?? 0) + 1; return false; }
export async function buildExplorer() { throw new Error('not expected'); }
`,
);
const checks = () => ((globalThis as { __staleChecks?: number }).__staleChecks ?? 0);
const logger = createLogger('silent', 'explorer-assets-test');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('explorer assets', () => {
  it('in production never checks the build, whatever the page loads', async () => {
    const before = checks();
    const assets = createExplorerAssets(logger, { rebuild: false, buildScript });
    await assets.get('/');
    await assets.get('/explorer');
    expect(checks()).toBe(before);
  });

  it('in development checks the build on each page load, not on its files', async () => {
    const before = checks();
    const assets = createExplorerAssets(logger, { rebuild: true, buildScript });
    await assets.get('/');
    await assets.get('/explorer/app.js');
    await assets.get('/');
    expect(checks()).toBe(before + 2);
  });
});
