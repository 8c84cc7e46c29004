import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as ingestCli } from '../../src/cli/commands/ingest.js';
import { EXTRACTOR_VERSION, readUserCompanies, type Article } from '../../src/extract/index.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// A user's gazetteer (NEWSGRAPH_GAZETTEER) through ingest with the real extractor, in worker threads: an
// invented company that nothing in the text marks as a company is found only with it.

let client: GraphClient;
let dir: string;
let gazetteer: string;

// Nine articles, so that the pipeline extracts in worker threads (fewer than eight run in-process).
const articles: Article[] = Array.from({ length: 9 }, (_, i) => ({
  id: `vantrel-${i}`,
  title: `Lidar order ${i}`,
  publishedAt: `2026-0${1 + (i % 9)}-15`,
  text: `Vantrel opened plant number ${i} in Ohio. Toyota visited Vantrel in May.`,
}));

const vantrel = () =>
  client.runText<{ id: string; name: string }>('MATCH (:Alias {key: "vantrel"})-[:OF]->(c:Company) RETURN c.id AS id, c.name AS name');

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-user-gazetteer-'));
  gazetteer = join(dir, 'mine.tsv');
  await writeFile(gazetteer, 'name\taliases\ttickers\tcountry\tindustry\nVantrel Systems\tVantrel\tVTRL\tUS\tsensors\n');
});
afterAll(async () => {
  await client.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => wipe(client));

describe('a user gazetteer in ingest', () => {
  it('finds the company only with the user gazetteer, in worker threads too', async () => {
    const without = await ingestArticles(client, articles, { workers: 2 });
    expect(without.counts).toMatchObject({ new: 9, failed: 0 });
    expect(await vantrel()).toEqual([]);

    await wipe(client);
    const withIt = await ingestArticles(client, articles, { workers: 2, userCompanies: readUserCompanies([gazetteer]) });
    expect(withIt.counts).toMatchObject({ new: 9, failed: 0 });
    const [company] = await vantrel();
    expect(company).toBeDefined();
    const [mentions] = await client.runText<{ n: number }>('MATCH (:Article)-[m:MENTIONS]->(:Company {id: $id}) RETURN count(m) AS n', { id: company!.id });
    expect(mentions!.n).toBe(9);
  });

  it('makes the gazetteer part of the extractor version, so articles are read again when it changes', async () => {
    const companies = readUserCompanies([gazetteer]);
    await ingestArticles(client, articles.slice(0, 2), { workers: 0, userCompanies: companies });
    const [stored] = await client.runText<{ extractor: string }>('MATCH (a:Article {id: "vantrel-0"}) RETURN a.extractor AS extractor');
    expect(stored!.extractor).toMatch(new RegExp(`^${EXTRACTOR_VERSION.replace(/\./g, '\\.')}\\+gazetteer\\.[0-9a-f]{8}$`));
    expect((await ingestArticles(client, articles.slice(0, 2), { workers: 0, userCompanies: companies })).counts).toMatchObject({ unchanged: 2 });
    // Without the user's companies the same articles read differently: updated, and the company nothing names any more goes.
    expect((await ingestArticles(client, articles.slice(0, 2), { workers: 0 })).counts).toMatchObject({ updated: 2 });
    expect(await vantrel()).toEqual([]);
  });

  it('newsgraph ingest reads NEWSGRAPH_GAZETTEER and hands it to its worker threads', async () => {
    const input = join(dir, 'articles.jsonl');
    await writeFile(input, articles.map((a) => JSON.stringify(a)).join('\n'));
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    Object.assign(process.env, { LOG_LEVEL: 'error', NEWSGRAPH_GAZETTEER: gazetteer });
    try {
      expect(await ingestCli([input, '--json', '--workers', '2'])).toBe(0);
    } finally {
      log.mockRestore();
      delete process.env.LOG_LEVEL;
      delete process.env.NEWSGRAPH_GAZETTEER;
    }
    expect(JSON.parse(out.join('')).counts).toMatchObject({ new: 9, failed: 0 });
    expect(await vantrel()).toHaveLength(1);
  });

  it('newsgraph ingest stops on a malformed gazetteer before reading anything, naming file, line and reason', async () => {
    const bad = join(dir, 'bad.tsv');
    await writeFile(bad, 'Vantrel Systems\tVantrel\tVTRL\tUS\tsensors\nHalden Brook\tVantrel\n');
    process.env.NEWSGRAPH_GAZETTEER = bad;
    try {
      await expect(ingestCli([join(dir, 'articles.jsonl')])).rejects.toThrow(
        `NEWSGRAPH_GAZETTEER: ${bad}, line 2: alias "Vantrel" is already used for "Vantrel Systems" (${bad}, line 1)`,
      );
    } finally {
      delete process.env.NEWSGRAPH_GAZETTEER;
    }
    expect(await client.runText('MATCH (a:Article) RETURN a')).toEqual([]);
  });
});
