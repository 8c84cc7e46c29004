// Bundles the explorer page (src/web/) with esbuild into dist/web/: index.html, app.js, app.css.
// Everything the page needs (Cytoscape.js included) ends up in those files, so it works offline.
//   node scripts/build-explorer.mjs          (also part of `npm run build`)
// The server imports buildExplorer() to build on first start when dist/web/ is missing or stale.
import { copyFile, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const sourceDir = join(root, 'src/web');
export const outDir = join(root, 'dist/web');
const outputs = ['index.html', 'app.js', 'app.css'];

/** Newest modification time under a folder (the page's sources, and the palette it shares with the exports). */
async function newest(dir) {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, (await stat(join(entry.parentPath ?? entry.path, entry.name))).mtimeMs);
  }
  return latest;
}

/** True when an output is missing or older than a source (false when there are no sources to build from). */
export async function isStale() {
  let sources;
  try {
    sources = Math.max(await newest(sourceDir), await newest(join(root, 'src/export')));
  } catch {
    return false;
  }
  for (const file of outputs) {
    try {
      if ((await stat(join(outDir, file))).mtimeMs < sources) return true;
    } catch {
      return true;
    }
  }
  return false;
}

export async function buildExplorer({ minify = true } = {}) {
  const { build } = await import('esbuild');
  await mkdir(outDir, { recursive: true });
  // Built aside, then moved in file by file (rename is atomic): a server reading dist/web/ while
  // another process rebuilds it never sees half a file.
  const staging = await mkdtemp(join(outDir, '.build-'));
  try {
    const result = await build({
      entryPoints: { app: join(sourceDir, 'main.ts') },
      outdir: staging,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: ['chrome109', 'firefox115', 'safari16'],
      minify,
      sourcemap: 'linked',
      legalComments: 'linked',
      logLevel: 'silent',
    });
    await copyFile(join(sourceDir, 'index.html'), join(staging, 'index.html'));
    for (const file of await readdir(staging)) await rename(join(staging, file), join(outDir, file));
    return { outDir, warnings: result.warnings.length };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { warnings } = await buildExplorer();
  console.log(`explorer built into ${outDir} in ${Math.round(performance.now() - started)} ms${warnings ? ` (${warnings} warnings)` : ''}`);
}
