import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error bin/ is plain JavaScript without types
import { compiledEntry } from '../../bin/entry.js';

// The compiled CLI finds what the source finds: the gazetteer, the relation model and the rule data
// copied into dist/, the examples beside it. `npm install` / `npm ci` build dist/; after an edit under
// src/ it is stale until `npm run build`, and this test waits for that build.

const root = fileURLToPath(new URL('../..', import.meta.url));
const compiled = compiledEntry(root) as string | undefined;
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const article = 'examples/articles.jsonl';

describe.skipIf(!compiled)('the compiled CLI', () => {
  it('reads the examples as the source does', () => {
    const fromDist = spawnSync(process.execPath, [compiled!, 'extract', article, '--jsonl'], { cwd: root, encoding: 'utf8' });
    const fromSource = spawnSync(process.execPath, [tsx, 'src/cli/main.ts', 'extract', article, '--jsonl'], { cwd: root, encoding: 'utf8' });
    expect(fromDist.stderr).toBe('');
    expect(fromDist.status).toBe(0);
    expect(fromDist.stdout.split('\n').length).toBeGreaterThan(20);
    expect(fromDist.stdout).toBe(fromSource.stdout);
  }, 60_000);
});
