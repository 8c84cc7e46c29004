// `npm run build`, also run by `npm install` and `npm ci` (the `prepare` script): compiles src/ (but the
// explorer) to dist/ with tsc, copies the data files compiled code reads next to it, bundles the explorer
// into dist/web/, and last writes dist/.build-stamp dated when the build began, by which bin/newsgraph.js
// knows dist/ is not older than src/ (a file saved during the build makes it stale, as it should).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, URL } from 'node:url';
import { stampPath } from '../bin/entry.js';
import { buildExplorer } from './build-explorer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const began = new Date();
const started = performance.now();

// Files of modules since removed from src/ must not linger; the explorer bundle has its own staleness check.
mkdirSync(dist, { recursive: true });
for (const entry of readdirSync(dist)) if (entry !== 'web') rmSync(join(dist, entry), { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error('newsgraph build: tsc failed; bin/newsgraph.js runs the source through tsx until a build succeeds.');
  process.exit(compiled.status ?? 1);
}
cpSync(join(root, 'src/extract/data'), join(dist, 'extract/data'), {
  recursive: true,
  filter: (src) => !src.endsWith('.ts') && !src.endsWith('.md'),
});
if (existsSync(join(root, 'src/web'))) await buildExplorer();

writeFileSync(stampPath(root), `${began.toISOString()}\n`);
utimesSync(stampPath(root), began, began);
console.log(`newsgraph built into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
