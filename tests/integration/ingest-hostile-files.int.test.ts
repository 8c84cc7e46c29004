import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { testClient, wipe } from './helpers.js';

// `newsgraph ingest` on a folder a careless user (or an attacker) could hand it: a FIFO that would block
// any reader, a symbolic link back to its parent, a file and a folder it may not read, a symlinked file.
// The run must finish, store every good file, and name each bad one. Permission bits do not stop root,
// so as root (CI) the command runs without the capabilities that bypass them (setpriv drops
// CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH): still uid 0, but the EACCES is real.

const asRoot = process.getuid?.() === 0;

function ingest(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const command = ['bin/newsgraph.js', 'ingest', ...args, '--json', '--workers', '0'];
  const child = asRoot
    ? spawn('setpriv', ['--bounding-set=-dac_override,-dac_read_search', process.execPath, ...command])
    : spawn(process.execPath, command);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // A hang is the defect under test: stop the child so the test fails instead of waiting for ever.
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

let client: GraphClient;
let root: string;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  root = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
  chmodSync(root, 0o755);
});
afterAll(async () => {
  await client.close();
  rmSync(root, { recursive: true, force: true });
});

const article = (id: string) => JSON.stringify({ id, title: id, text: 'Nvidia will supply chips to Microsoft under a new deal.' });

type Summary = { counts: { new: number; failed: number }; failures: Array<{ source: string; error: string }> };
const failuresOf = (summary: Summary) => summary.failures.map((f) => `${f.source}: ${f.error}`).sort();
const storedIds = async () => (await client.runText<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).map((a) => a.id);

describe('ingest on hostile files', () => {
  beforeEach(() => wipe(client));

  it('reports FIFOs and folder loops instead of hanging, and stores the files beside them', async () => {
    const dir = join(root, 'pipes');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a-good.jsonl'), `${article('good-1')}\n${article('good-2')}\n`);
    execFileSync('mkfifo', [join(dir, 'b-pipe.jsonl')]);
    writeFileSync(join(dir, 'sub', 'story.txt'), 'AMD competes with Nvidia\n\nAMD competes with Nvidia in data center chips.');
    symlinkSync('..', join(dir, 'sub', 'loop'));
    for (const p of [dir, join(dir, 'sub')]) chmodSync(p, 0o755);
    const pipe = join(root, 'direct.jsonl');
    execFileSync('mkfifo', [pipe]);

    const run = await ingest([dir, pipe]);
    expect(run.code, run.stderr).toBe(1);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(failuresOf(summary)).toEqual([
      `${pipe}: not a regular file (a FIFO), not read`,
      `${join(dir, 'b-pipe.jsonl')}: not a regular file (a FIFO), not read`,
      `${join(dir, 'sub', 'loop')}: folder loop: leads back to ${dir}, not read again`,
    ]);
    expect(summary.counts).toMatchObject({ new: 3, failed: 3 });
    expect(await storedIds()).toEqual(['good-1', 'good-2', expect.stringMatching(/^sha256:/)]);
  }, 120_000);

  it('reports a file and a folder it may not read, follows a symlinked file, and stores the rest', async () => {
    const dir = join(root, 'locks');
    mkdirSync(join(dir, 'locked'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(dir, 'a-good.jsonl'), `${article('good-1')}\n`);
    writeFileSync(join(dir, 'c-secret.jsonl'), `${article('secret')}\n`);
    writeFileSync(join(dir, 'locked', 'inside.jsonl'), `${article('inside')}\n`);
    writeFileSync(join(root, 'elsewhere', 'linked.txt'), 'Linked\n\nIntel supplies chips to Dell.');
    symlinkSync(join(root, 'elsewhere', 'linked.txt'), join(dir, 'd-linked.txt'));
    for (const p of [dir, join(root, 'elsewhere')]) chmodSync(p, 0o755);
    chmodSync(join(dir, 'c-secret.jsonl'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);

    const run = await ingest([dir]);
    expect(run.code, run.stderr).toBe(1);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(failuresOf(summary)).toEqual([
      `${join(dir, 'c-secret.jsonl')}: cannot read: permission denied`,
      `${join(dir, 'locked')}: cannot read folder: permission denied`,
    ]);
    expect(summary.counts).toMatchObject({ new: 2, failed: 2 });
    expect(await storedIds()).toEqual(['good-1', expect.stringMatching(/^sha256:/)]);
  }, 120_000);
});
