import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/command-list.js';

// `newsgraph --help` is what every user runs first: it must not load every command's dependencies
// (that cost seconds of CPU). The CLI runs here with a module hook that refuses the heavy packages.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-help-'));
  writeFileSync(join(dir, 'hooks.mjs'), `export async function resolve(specifier, context, next) {
  if (/^(compromise|graphql-yoga|neo4j-driver|zod|node-html-parser)(\\/|$)/.test(specifier)) throw new Error('--help loaded ' + specifier);
  return next(specifier, context);
}\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph --help', () => {
  it('lists every command without loading any of them', () => {
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, 'bin/newsgraph.js', '--help'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const c of commands) expect(run.stdout).toContain(`  ${c.padEnd(8)} `);
  });

  it('still refuses the heavy packages when a command does load (the hook works)', () => {
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, 'bin/newsgraph.js', 'extract', '--help'], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--help loaded/);
  });
});
