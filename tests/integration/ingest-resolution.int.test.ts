import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { removeArticle } from '../../src/graph/write/index.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// Cross-article entity resolution (docs/ingest.md, "Entity resolution"), re-read from the graph.

const fake = new URL('./ingest-fake-extract.ts', import.meta.url).href;
let client: GraphClient;
const ingest = (...articles: Article[]) => ingestArticles(client, articles, { extractModule: fake, workers: 0 });
const art = (id: string, text: string): Article => ({ id, text, publishedAt: '2025-01-01' });

const companies = async () =>
  (await client.runText<{ id: string; name: string }>('MATCH (c:Company) RETURN c.id AS id, c.name AS name ORDER BY id'));
const aliasTargets = async (key: string) =>
  (await client.runText<{ id: string }>('MATCH (:Alias {key: $key})-[:OF]->(e) RETURN e.id AS id ORDER BY id', { key })).map((r) => r.id);

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
});
afterAll(() => client.close());
beforeEach(() => wipe(client));

describe('entity resolution across articles', () => {
  it('finds "Meta" next week as the company an earlier article named "Meta Platforms Inc. (Meta)"', async () => {
    await ingest(art('m1', '[[Meta Platforms Inc.|Meta]] supplies [[Acme]]'));
    await ingest(art('m2', '[[Meta]] competes with [[Globex]]'));
    expect(await companies()).toEqual([
      { id: 'acme', name: 'Acme' },
      { id: 'globex', name: 'Globex' },
      { id: 'meta-platforms', name: 'Meta Platforms Inc.' },
    ]);
    const [meta] = await client.runText<{ aliases: string[]; n: number }>('MATCH (c:Company {id: "meta-platforms"}) RETURN c.aliases AS aliases, c.mentionCount AS n');
    expect(meta).toEqual({ aliases: ['Meta'], n: 2 });
  });

  it('finds a bare "Apple" as the company known as "Apple Inc." (legal suffixes do not count)', async () => {
    await ingest(art('a1', '[[Apple Inc.]] supplies [[Acme]]'));
    await ingest(art('a2', '[[Apple]] supplies [[Globex]]'), art('a3', '[[APPLE INC]] competes with [[Acme Ltd.]]'));
    expect((await companies()).map((c) => c.id)).toEqual(['acme', 'apple', 'globex']);
  });

  it('links "Meta Platforms" to a company first seen as plain "Meta" through the alias the article gives', async () => {
    await ingest(art('b1', '[[Meta]] supplies [[Acme]]'));
    await ingest(art('b2', '[[Meta Platforms|Meta]] supplies [[Globex]]'));
    expect((await companies()).map((c) => c.id)).toEqual(['acme', 'globex', 'meta']);
    expect(await aliasTargets('meta platforms')).toEqual(['meta']);
  });

  it('does not merge two companies that share a name; the shared alias is flagged ambiguous', async () => {
    await ingest(art('d1', '[[Delta Air Lines|Delta]] competes with [[United Airlines]]'));
    await ingest(art('d2', '[[Delta Faucet|Delta]] competes with [[Moen]]'));
    expect((await companies()).map((c) => c.id)).toEqual(['delta-air-lines', 'delta-faucet', 'moen', 'united-airlines']);
    expect(await aliasTargets('delta')).toEqual(['delta-air-lines', 'delta-faucet']);
    const [alias] = await client.runText<{ ambiguous: boolean }>('MATCH (a:Alias {key: "delta"}) RETURN a.ambiguous AS ambiguous');
    expect(alias!.ambiguous).toBe(true);

    // A bare "Delta" resolves by the other names in its article: United Airlines is Delta Air Lines' rival...
    await ingest(art('d3', '[[Delta]] supplies [[United Airlines]]'));
    expect((await companies()).length).toBe(4);
    expect(await client.runText('MATCH (:Company {id: "delta-air-lines"})-[:SUPPLIES]->(:Company {id: "united-airlines"}) RETURN 1 AS ok')).toHaveLength(1);
    // ...and Moen is Delta Faucet's.
    await ingest(art('d4', '[[Delta]] competes with [[Moen]]'));
    expect(await client.runText<{ n: number }>('MATCH (:Company {id: "delta-faucet"})-[e:COMPETES_WITH]-(:Company {id: "moen"}) RETURN e.evidenceCount AS n')).toEqual([{ n: 2 }]);
    expect((await companies()).length).toBe(4);

    // Without context it is a new company, recorded on the ambiguous alias, never a silent merge.
    await ingest(art('d5', '[[Delta]] supplies [[Initech]]'));
    expect((await companies()).map((c) => c.id)).toContain('delta');
    expect(await aliasTargets('delta')).toEqual(['delta', 'delta-air-lines', 'delta-faucet']);
    // The next context-free "Delta" finds that same company rather than making another.
    await ingest(art('d6', '[[Delta]] supplies [[Hooli]]'));
    expect((await companies()).filter((c) => c.id.startsWith('delta')).length).toBe(3);
  });

  it('clears the ambiguity when one of the two companies goes', async () => {
    await ingest(art('d1', '[[Delta Air Lines|Delta]] competes with [[United Airlines]]'));
    await ingest(art('d2', '[[Delta Faucet|Delta]] competes with [[Moen]]'));
    expect(await removeArticle(client, 'd2')).toBe(true);
    expect(await aliasTargets('delta')).toEqual(['delta-air-lines']);
    const [alias] = await client.runText<{ ambiguous: boolean }>('MATCH (a:Alias {key: "delta"}) RETURN a.ambiguous AS ambiguous');
    expect(alias!.ambiguous).toBe(false);
  });

  it('gives a second, different entity with the same slug a numbered id', async () => {
    await ingest(art('s1', '[[Acme]] supplies [[Globex]]'));
    // "Acme!" has the key "acme" too; curation said it is not the same company by removing the alias
    await client.runText('MATCH (a:Alias {key: "acme"}) DETACH DELETE a');
    await ingest(art('s2', '[[Acme]] supplies [[Hooli]]'));
    expect((await companies()).map((c) => c.id)).toEqual(['acme', 'acme-2', 'globex', 'hooli']);
  });

  it('keeps products apart from companies of the same name', async () => {
    await ingest(art('p1', '[[Pixel Corp]] offers {{Pixel}}'));
    expect(await client.runText('MATCH (p:Product {id: "pixel"}) RETURN p.name AS name')).toEqual([{ name: 'Pixel' }]);
    expect((await companies()).map((c) => c.id)).toEqual(['pixel']);
    const [alias] = await client.runText<{ ambiguous: boolean }>('MATCH (a:Alias {key: "pixel"}) RETURN a.ambiguous AS ambiguous');
    expect(alias!.ambiguous).toBe(false);
  });
});
