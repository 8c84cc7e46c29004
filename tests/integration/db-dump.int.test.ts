import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { addWatch } from '../../src/graph/alerts/watches.js';
import { addWebhook } from '../../src/graph/alerts/webhooks.js';
import { addFeed, recordItems } from '../../src/graph/feeds/feeds.js';
import { addAlias, mergeCompanies } from '../../src/graph/write/index.js';
import { ingestExamplesIfEmpty } from '../../src/ingest/examples.js';
import { testClient, wipe } from './helpers.js';

// `newsgraph db dump` and `db load` through the real CLI against the real Neo4j: the bundled examples and
// some curation, dumped, wiped and loaded back, must give the same graph, value types included (a hash
// computed here from the raw driver values, independently of the dump code); a damaged file stores nothing.

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['bin/newsgraph.js', 'db', ...args], { env: { ...process.env, LOG_LEVEL: 'info' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Every node and relationship with its labels, type and properties, each value with its Neo4j type. */
async function graphHash(client: GraphClient): Promise<{ nodes: number; relationships: number; hash: string }> {
  const typed = (v: unknown): string => {
    if (neo4j.isInt(v)) return `int:${v.toString()}`;
    if (typeof v === 'number') return `float:${v}`;
    if (neo4j.isDateTime(v)) return `datetime:${v.toString()}`;
    if (Array.isArray(v)) return `[${v.map(typed).join(',')}]`;
    return `${typeof v}:${JSON.stringify(v)}`;
  };
  const props = (p: Record<string, unknown>) => Object.keys(p).sort().map((k) => `${k}=${typed(p[k])}`).join(';');
  const session = client.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const name = (labels: string[], p: Record<string, unknown>) => `${labels.join(':')}/${String(p.id ?? p.key ?? p.url ?? p.companyId)}`;
    const nodes = (await session.run('MATCH (n) RETURN labels(n) AS l, properties(n) AS p')).records.map((r) => `${name(r.get('l'), r.get('p'))} ${props(r.get('p'))}`);
    const rels = (await session.run('MATCH (a)-[r]->(b) RETURN labels(a) AS la, properties(a) AS pa, type(r) AS t, properties(r) AS p, labels(b) AS lb, properties(b) AS pb'))
      .records.map((r) => `${name(r.get('la'), r.get('pa'))} -${r.get('t')}-> ${name(r.get('lb'), r.get('pb'))} ${props(r.get('p'))}`);
    const hash = createHash('sha256').update([...nodes.sort(), ...rels.sort()].join('\n')).digest('hex');
    return { nodes: nodes.length, relationships: rels.length, hash };
  } finally {
    await session.close();
  }
}

let client: GraphClient;
let dir: string;
let original: Awaited<ReturnType<typeof graphHash>>;
const dumpFile = () => join(dir, 'graph.jsonl.gz');

beforeAll(async () => {
  client = testClient();
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-dump-'));
  await wipe(client);
  await client.applySchema();
  await ingestExamplesIfEmpty(client);
  await addAlias(client, 'nvidia', 'Team Green', 'dump-test');
  await mergeCompanies(client, 'amd', 'nvidia', 'dump-test');
  // Following the news is part of the graph too: a feed with an item, a watch, a webhook.
  await addFeed(client, 'https://news.example.com/business.rss', 900_000);
  await recordItems(client, [{ key: 'https://news.example.com/a', feedUrl: 'https://news.example.com/business.rss', url: 'https://news.example.com/a', articleId: null, outcome: 'failed', textFrom: null, error: 'HTTP 404' }]);
  await addWatch(client, 'nvidia');
  await addWebhook(client, 'https://hooks.example.com/newsgraph', 'a-secret-for-the-dump-test', ['nvidia']);
  original = await graphHash(client);
});
afterAll(async () => {
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('db dump and db load', () => {
  it('round-trips the graph: same nodes, relationships, properties and value types', async () => {
    expect(original.nodes).toBeGreaterThan(300);
    expect((await client.runText<{ n: number }>('MATCH (c:Curation) RETURN count(c) AS n', {}, 'READ'))[0]!.n).toBeGreaterThan(0);
    const dumped = await cli(['dump', dumpFile(), '--with-secrets']);
    expect(dumped.stderr).not.toMatch(/error/i);
    expect(dumped.code).toBe(0);
    expect(dumped.stdout).toContain(`Dumped ${original.nodes} nodes and ${original.relationships} relationships`);
    expect(readdirSync(dir)).toEqual(['graph.jsonl.gz']);

    await wipe(client);
    const loaded = await cli(['load', dumpFile()]);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain(`Loaded ${original.nodes} nodes and ${original.relationships} relationships`);
    expect(loaded.stderr).toMatch(/load: \d+\/\d+ nodes/);
    expect(await graphHash(client)).toEqual(original);
  });

  it('refuses a database that is not empty, and --replace replaces what is there', async () => {
    await client.runText(`CREATE (:Company {id: 'stray', name: 'Stray'})`);
    const changed = await graphHash(client);
    const refused = await cli(['load', dumpFile()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the database is not empty \(\d+ nodes and \d+ relationships\).*--replace/);
    expect(await graphHash(client)).toEqual(changed);

    const replaced = await cli(['load', dumpFile(), '--replace']);
    expect(replaced.code).toBe(0);
    expect(await graphHash(client)).toEqual(original);
  });

  it('leaves webhook secrets out unless --with-secrets', async () => {
    const secret = 'a-secret-for-the-dump-test';
    expect(gunzipSync(readFileSync(dumpFile())).toString('utf8')).toContain(secret);
    const file = join(dir, 'no-secrets.jsonl');
    const dumped = await cli(['dump', file]);
    expect(dumped.code).toBe(0);
    expect(dumped.stdout).toContain('Webhook secrets were left out (--with-secrets keeps them)');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(secret);
    expect(text).toContain('"node":"Webhook"');

    expect((await cli(['load', file, '--replace'])).code).toBe(0);
    const [webhook] = await client.runText<{ url: string; secret: string | null }>('MATCH (w:Webhook) RETURN w.url AS url, w.secret AS secret');
    expect(webhook).toEqual({ url: 'https://hooks.example.com/newsgraph', secret: null });
    expect((await cli(['load', dumpFile(), '--replace'])).code).toBe(0);
    expect(await graphHash(client)).toEqual(original);
  });

  it('a damaged file is refused with its name and line, and nothing is stored', async () => {
    const text = gunzipSync(readFileSync(dumpFile())).toString('utf8');
    const lines = text.trimEnd().split('\n');
    const gz = readFileSync(dumpFile());
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['truncated.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)), /truncated\.jsonl\.gz, after line \d+: the gzip stream ends early/],
      ['cut.jsonl', `${lines.slice(0, 100).join('\n')}\n`, /cut\.jsonl: ends after line 100 without its closing line/],
      ['garbage.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /garbage\.bin, line 1: not JSON/],
      ['not-a-dump.jsonl', '{"id": "a1", "text": "an article"}\n', /not-a-dump\.jsonl, line 1: not a newsgraph dump/],
      ['edited.jsonl', `${lines.map((l, i) => (i === 5 ? l.replace(/"props":\{/, '"props":{"extra":"x",') : l)).join('\n')}\n`, /edited\.jsonl, line \d+: the checksum does not match/],
      ['bad-line.jsonl', `${lines.map((l, i) => (i === 7 ? '{"node":"Planet","props":{"id":"mars"}}' : l)).join('\n')}\n`, /bad-line\.jsonl, line 8: not a valid node line: node: /],
      ['newer.jsonl', `${lines.map((l, i) => (i === 0 ? l.replace('"version":1', '"version":9') : l)).join('\n')}\n`, /newer\.jsonl, line 1: a dump of format version 9/],
    ];
    for (const [name, content, reason] of cases) {
      await wipe(client);
      writeFileSync(join(dir, name), content);
      const r = await cli(['load', join(dir, name)]);
      expect([name, r.code]).toEqual([name, 1]);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr).toContain('Nothing was stored.');
      expect((await graphHash(client)).nodes).toBe(0);
    }
    // The unharmed plain-text form of the same dump loads.
    writeFileSync(join(dir, 'plain.jsonl'), text);
    expect((await cli(['load', join(dir, 'plain.jsonl')])).code).toBe(0);
    expect(await graphHash(client)).toEqual(original);
  });

  it('refuses to dump what it cannot carry, and leaves no file behind', async () => {
    await client.runText(`CREATE (:Planet {id: 'mars'})`);
    const file = join(dir, 'refused.jsonl.gz');
    const r = await cli(['dump', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a node :Planet \("mars"\) that is not one of newsgraph's/);
    expect(existsSync(file) || existsSync(`${file}.partial`)).toBe(false);
    await client.runText(`MATCH (p:Planet) DELETE p`);
  });
});
