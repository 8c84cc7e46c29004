// Which file the CLI runs. In a checkout that is dist/cli/main.js when `npm run build` (run by
// `npm install` and `npm ci` too, as `prepare`) compiled it after the last change under src/; else the
// TypeScript source through tsx, slower to start but never stale. A package without src/ has only dist/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Written last by scripts/build.mjs, with the time the build started as its modification time. */
export const stampPath = (root) => join(root, 'dist', '.build-stamp');

/** Newest modification time of a file under dir (src/web is the explorer's: the server checks it itself). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const parent = entry.parentPath ?? entry.path;
    if (parent.startsWith(join(dir, 'web'))) continue;
    newest = Math.max(newest, statSync(join(parent, entry.name)).mtimeMs);
  }
  return newest;
}

/** The compiled entry point when it may run, else undefined (run src/cli/main.ts through tsx). */
export function compiledEntry(root) {
  const entry = join(root, 'dist', 'cli', 'main.js');
  const src = join(root, 'src');
  if (!existsSync(src)) return entry;
  let built;
  try {
    built = statSync(stampPath(root)).mtimeMs;
  } catch {
    return undefined;
  }
  return existsSync(entry) && newestSource(src) <= built ? entry : undefined;
}
