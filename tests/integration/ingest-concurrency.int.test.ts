import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// Two ingesters at once over the same companies must never make two nodes for one company: the unique
// constraints plus MERGE on ids and alias keys serialise them, and the gateway retries deadlocks.

const fake = new URL('./ingest-fake-extract.ts', import.meta.url).href;
let client: GraphClient;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
});
afterAll(() => client.close());
beforeEach(() => wipe(client));

const duplicates = () =>
  client.runText<{ name: string; n: number }>(
    'MATCH (c:Company) WITH toLower(c.name) AS name, count(*) AS n WHERE n > 1 RETURN name, n',
  );

describe('concurrent ingest', () => {
  it('two pipelines on separate clients over overlapping companies create each company once', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Shared ${String.fromCharCode(65 + i)} Corp`);
    const batch = (prefix: string, offset: number): Article[] =>
      Array.from({ length: 60 }, (_, i) => ({
        id: `${prefix}-${i}`,
        text: `[[${names[(i + offset) % 12]}]] supplies [[${names[(i * 5 + 1 + offset) % 12]}]]\n[[${names[(i * 7 + 2) % 12]}]] competes with [[${names[(i + 3) % 12]}]]`,
      }));
    const other = testClient();
    try {
      const [a, b] = await Promise.all([
        ingestArticles(client, batch('left', 0), { extractModule: fake, workers: 0, batchSize: 10 }),
        ingestArticles(other, batch('right', 5), { extractModule: fake, workers: 0, batchSize: 10 }),
      ]);
      expect(a.counts.failed + b.counts.failed).toBe(0);
      expect(a.counts.new + b.counts.new).toBe(120);
    } finally {
      await other.close();
    }
    expect(await duplicates()).toEqual([]);
    const [row] = await client.runText<{ n: number }>('MATCH (c:Company) RETURN count(c) AS n');
    expect(row!.n).toBe(12);
    const [assertions] = await client.runText<{ n: number }>('MATCH (s:Assertion) RETURN count(s) AS n');
    expect(assertions!.n).toBe(240);
  });

  it('two `newsgraph ingest` processes over overlapping example articles create each company once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
    try {
      const lines = readFileSync('examples/articles.jsonl', 'utf8').split('\n').filter(Boolean);
      // Different article ids, the same companies: the second file holds the examples in reverse order.
      const copy = (prefix: string, rows: string[]) =>
        rows.map((l) => JSON.stringify({ ...JSON.parse(l), id: `${prefix}-${JSON.parse(l).id}`, url: null })).join('\n');
      writeFileSync(join(dir, 'one.jsonl'), copy('one', lines));
      writeFileSync(join(dir, 'two.jsonl'), copy('two', [...lines].reverse()));
      const run = (file: string) =>
        new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', join(dir, file), '--json', '--workers', '0'], {
            env: { ...process.env, LOG_LEVEL: 'warn' },
          });
          let out = '';
          let err = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (err += d));
          child.on('close', (code) => resolve({ code, out, err }));
        });
      const [one, two] = await Promise.all([run('one.jsonl'), run('two.jsonl')]);
      expect(one.err + two.err).toBe('');
      expect([one.code, two.code]).toEqual([0, 0]);
      expect(JSON.parse(one.out).counts.new + JSON.parse(two.out).counts.new).toBe(2 * lines.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await duplicates()).toEqual([]);
    const ids = await client.runText<{ id: string }>('MATCH (c:Company) WHERE c.id =~ ".*-[0-9]+" RETURN c.id AS id');
    expect(ids).toEqual([]);
  }, 180_000);
});
