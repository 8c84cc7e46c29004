// The explorer's built files (dist/web/: index.html, app.js, app.css), held in memory.
// In development, when the page's sources are at hand (a checkout, not an installed build) and newer
// than the build, they are bundled again first, so `newsgraph serve` after an edit shows the edit.
// In production the build `npm run build` made is served as it is: no check per page load, and no
// attempt to bundle where the build tools are not installed.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Logger } from '../../logger.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const buildScript = join(root, 'scripts/build-explorer.mjs');
export const webDir = join(root, 'dist/web');

export interface Asset {
  body: string;
  contentType: string;
}

interface BuildScript {
  isStale(): Promise<boolean>;
  buildExplorer(options?: { minify?: boolean }): Promise<unknown>;
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** Files the server hands out, by URL path. Anything else under /explorer/ is a 404. */
export const assetFiles: Record<string, string> = {
  '/': 'index.html',
  '/explorer': 'index.html',
  '/explorer/': 'index.html',
  '/explorer/app.js': 'app.js',
  '/explorer/app.css': 'app.css',
  '/explorer/app.js.map': 'app.js.map',
  '/explorer/app.css.map': 'app.css.map',
  '/explorer/app.js.LEGAL.txt': 'app.js.LEGAL.txt',
};

export interface ExplorerAssets {
  get(path: string): Promise<Asset | undefined>;
}

export interface ExplorerAssetOptions {
  /** Bundle the page again when its sources are newer than the build (development only). */
  rebuild: boolean;
  /** The build script (scripts/build-explorer.mjs); tests point it elsewhere. */
  buildScript?: string;
}

export function createExplorerAssets(logger: Logger, options: ExplorerAssetOptions): ExplorerAssets {
  const cache = new Map<string, Asset>();
  let checking: Promise<void> | undefined;

  // One build at a time; concurrent requests wait for it.
  async function rebuildIfStale(): Promise<void> {
    let script: BuildScript;
    try {
      script = (await import(pathToFileURL(options.buildScript ?? buildScript).href)) as BuildScript;
    } catch {
      return; // an installed build without scripts/: serve dist/web as it is
    }
    if (!(await script.isStale())) return;
    const started = performance.now();
    try {
      await script.buildExplorer();
      cache.clear();
      logger.info(`explorer page built in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      logger.error('explorer page build failed:', error instanceof Error ? error.message : error);
    }
  }

  return {
    async get(path) {
      const file = assetFiles[path];
      if (file === undefined) return undefined;
      // The page itself triggers the staleness check; its scripts and styles come right after it.
      if (file === 'index.html' && options.rebuild) {
        checking ??= rebuildIfStale().finally(() => (checking = undefined));
        await checking;
      }
      const cached = cache.get(file);
      if (cached) return cached;
      try {
        const asset = { body: await readFile(join(webDir, file), 'utf8'), contentType: types[file.split('.').pop() ?? ''] ?? 'application/octet-stream' };
        cache.set(file, asset);
        return asset;
      } catch {
        return undefined;
      }
    },
  };
}
