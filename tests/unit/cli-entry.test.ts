import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error bin/ is plain JavaScript without types
import { compiledEntry } from '../../bin/entry.js';

// bin/newsgraph.js runs dist/ only when the build is not older than any file under src/ (but the explorer's).

let root: string;
const at = (path: string, minutes: number) => {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  const when = new Date(Date.UTC(2026, 0, 1, 12, minutes));
  utimesSync(file, when, when);
};
const entry = () => join(root, 'dist', 'cli', 'main.js');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsgraph-entry-'));
  at('src/cli/main.ts', 0);
  at('src/extract/data/relation-model.json', 0);
  at('dist/cli/main.js', 5);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('which CLI runs', () => {
  it('the compiled one after a build newer than every source', () => {
    at('dist/.build-stamp', 5);
    expect(compiledEntry(root)).toBe(entry());
  });

  it('the source when nothing was built, or the build did not finish (no stamp)', () => {
    expect(compiledEntry(root)).toBeUndefined();
  });

  it('the source once a file under src/ changed after the build, data files included', () => {
    at('dist/.build-stamp', 5);
    at('src/extract/data/relation-model.json', 6);
    expect(compiledEntry(root)).toBeUndefined();
  });

  it('the compiled one when only the explorer changed (the server rebuilds that itself)', () => {
    at('dist/.build-stamp', 5);
    at('src/web/main.ts', 9);
    expect(compiledEntry(root)).toBe(entry());
  });

  it('the compiled one in a package without src/', () => {
    rmSync(join(root, 'src'), { recursive: true });
    expect(compiledEntry(root)).toBe(entry());
  });
});
