import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import type { GraphClient, Tx } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// Two ingesters at once over the same companies must never make two nodes for one company (the unique
// constraints plus locked alias keys serialise them, and the gateway retries deadlocks) nor lose an update
// to a count (entities and edges are locked before their totals are read).

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

/** Stored totals that differ from what they are derived from: what a lost update leaves. */
const lostUpdates = async () => [
  ...(await client.runText<{ id: string; stored: number; actual: number }>(
    'MATCH (c:Company) OPTIONAL MATCH (:Article)-[m:MENTIONS]->(c) WITH c, coalesce(sum(m.count), 0) AS actual ' +
      'WHERE c.mentionCount <> actual RETURN c.id AS id, c.mentionCount AS stored, actual',
  )),
  ...(await client.runText<{ id: string; stored: number; actual: number }>(
    'MATCH (x)-[e:SUPPLIES|COMPETES_WITH]->(y) ' +
      'WITH x, y, e, COUNT { MATCH (x)<-[:SUBJECT]-(s:Assertion)-[:OBJECT]->(y) WHERE s.type = type(e) } + ' +
      'CASE type(e) WHEN "COMPETES_WITH" THEN COUNT { MATCH (y)<-[:SUBJECT]-(s:Assertion)-[:OBJECT]->(x) WHERE s.type = type(e) } ELSE 0 END AS actual ' +
      'WHERE e.evidenceCount <> actual RETURN x.id + "-" + type(e) + "-" + y.id AS id, e.evidenceCount AS stored, actual',
  )),
];

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
    expect(await lostUpdates()).toEqual([]);
  });

  it('an update that recomputes a busy company waits for a concurrent writer adding to it (no lost update)', async () => {
    const text = (i: number, extra: string) => `[[Hub]] supplies [[Spoke ${i}]] @0.4\n[[Hub]] ${extra}`;
    // Hub gets well over 50 relationships: a dense node, where changing its relationships takes only shared locks.
    const seed = Array.from({ length: 40 }, (_, i) => ({ id: `old-${i}`, text: text(i, 'and [[Hub]]') }));
    await ingestArticles(client, seed, { extractModule: fake, workers: 0, batchSize: 40 });
    // The adding transaction stops, uncommitted, right after it added its mentions, until released.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atGate = new Promise<void>((r) => (reached = r));
    const other = testClient();
    const paused = Object.assign(Object.create(other) as GraphClient, {
      writeTransaction: <T>(work: (tx: Tx) => Promise<T>, label?: string) =>
        other.writeTransaction(
          (tx) =>
            work({
              async run(query, params) {
                const out = await tx.run(query, params);
                if (query.name === 'add-mentions') {
                  reached();
                  await gate;
                }
                return out;
              },
            } as Tx),
          label,
        ),
    });
    try {
      const adding = ingestArticles(paused, [{ id: 'new-0', text: text(0, 'supplies [[Spoke 1]]') }], { extractModule: fake, workers: 0 });
      await atGate;
      // Loses a mention and an assertion: Hub and the old edges are recomputed from what is stored.
      const updating = ingestArticles(client, [{ id: 'old-0', text: text(0, 'again') }], { extractModule: fake, workers: 0 });
      await new Promise((r) => setTimeout(r, 1500));
      release();
      const [a, b] = await Promise.all([adding, updating]);
      expect(a.counts).toMatchObject({ new: 1, failed: 0 });
      expect(b.counts).toMatchObject({ updated: 1, failed: 0 });
    } finally {
      release();
      await other.close();
    }
    expect(await lostUpdates()).toEqual([]);
  });

  it('two ingesters naming one company "Acme Widgets Inc. (Acme)" and "Acme" at once create it once', async () => {
    const other = testClient();
    try {
      for (let round = 0; round < 6; round++) {
        await wipe(client);
        // Batches that also name other companies, so the two transactions overlap for a while.
        const filler = (p: string) => Array.from({ length: 5 }, (_, i) => `[[${p} Filler ${i}]] supplies [[${p} Other ${i}]]`).join('\n');
        const [a, b] = await Promise.all([
          ingestArticles(client, [{ id: `long-${round}`, text: `${filler('L')}\n[[Acme Widgets Inc.|Acme]] supplies [[Globex]]` }], { extractModule: fake, workers: 0 }),
          ingestArticles(other, [{ id: `short-${round}`, text: `${filler('S')}\n[[Acme]] competes with [[Initech]]` }], { extractModule: fake, workers: 0 }),
        ]);
        expect(a.counts.failed + b.counts.failed).toBe(0);
        const acme = await client.runText<{ id: string }>('MATCH (c:Company) WHERE c.name STARTS WITH "Acme" RETURN c.id AS id');
        expect(acme, `round ${round}`).toHaveLength(1);
        const dangling = await client.runText<{ key: string }>('MATCH (a:Alias) WHERE NOT EXISTS { (a)-[:OF]->() } RETURN a.key AS key');
        expect(dangling).toEqual([]);
      }
    } finally {
      await other.close();
    }
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
