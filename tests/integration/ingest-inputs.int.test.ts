import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles, ingestExamplesIfEmpty, readInputs } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// Files → graph: bad inputs each give one error naming file, line and reason, and the rest goes in;
// the bundled examples, with the real extractor, give a connected graph where every edge has evidence.

let client: GraphClient;
let dir: string;

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-inputs-'));
});
afterAll(async () => {
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => wipe(client));

describe('ingest from files', () => {
  it('reports each bad input once, with where and why, and ingests the rest', async () => {
    const good = (id: string) => JSON.stringify({ id, title: id, text: 'Nvidia will supply chips to Microsoft under a new deal.' });
    writeFileSync(join(dir, 'mixed.jsonl'), [good('g1'), '{"id": "broken", ', JSON.stringify({ id: 'no-text' }), '', good('g2')].join('\n'));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x3c, 0x68, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    writeFileSync(join(dir, 'story.txt'), 'AMD competes with Nvidia\n\nAMD competes with Nvidia in data center chips.');
    const report = await ingestArticles(client, readInputs([dir]), { workers: 0 });
    const failed = report.results.filter((r) => r.status === 'failed').map((r) => `${r.source}: ${r.error}`);
    expect(failed.sort()).toEqual(
      [
        `${join(dir, 'binary.html')}: binary content (NUL byte at offset 2), not a text file`,
        `${join(dir, 'empty.md')}: empty file`,
        `${join(dir, 'huge.txt')}: file of 20.0 MB is over the 10.0 MB limit for one article; split it or use .jsonl`,
        `${join(dir, 'latin1.txt')}: invalid UTF-8 (at byte 3); save the file as UTF-8`,
        expect.stringMatching(/mixed\.jsonl:2: malformed JSON \(.+\)$/),
        `${join(dir, 'mixed.jsonl')}:3: missing "text"`,
      ],
    );
    expect(report.counts).toMatchObject({ new: 3, failed: 6 });
    const articles = await client.runText<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    expect(articles.map((a) => a.id)).toEqual(['g1', 'g2', expect.stringMatching(/^sha256:[0-9a-f]{32}$/)]);
  });

  it('ingests the bundled examples into a connected graph in which every edge has evidence', async () => {
    const report = (await ingestExamplesIfEmpty(client))!;
    expect(report.counts.failed).toBe(0);
    expect(report.counts.new).toBeGreaterThanOrEqual(20);
    const nvidia = await client.runText<{ type: string; n: number }>(
      `MATCH (:Company {id: 'nvidia'})-[e:SUPPLIES|COMPETES_WITH]-() RETURN type(e) AS type, count(*) AS n ORDER BY type`,
    );
    expect(nvidia.map((r) => r.type)).toEqual(['COMPETES_WITH', 'SUPPLIES']);
    const unsupported = await client.runText(
      `MATCH (x)-[e:SUPPLIES|COMPETES_WITH|OFFERS]->(y)
       WITH x, e, y, COUNT { MATCH (s:Assertion)-[:IN]->(:Article)
                             WHERE s.type = type(e) AND s.sentence <> ''
                               AND ((s)-[:SUBJECT]->(x) AND (s)-[:OBJECT]->(y)
                                    OR type(e) = 'COMPETES_WITH' AND (s)-[:SUBJECT]->(y) AND (s)-[:OBJECT]->(x)) } AS n
       WHERE n <> e.evidenceCount
       RETURN x.id, type(e), y.id, n`,
    );
    expect(unsupported).toEqual([]);
    const again = await ingestArticles(client, readInputs(['examples/articles.jsonl']), { workers: 0 });
    expect(again.counts.unchanged).toBe(report.counts.new);
    expect(await ingestExamplesIfEmpty(client)).toBeUndefined();
  });
});
