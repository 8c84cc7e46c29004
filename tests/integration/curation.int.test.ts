import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import { InvalidInputError, NotFoundError } from '../../src/errors.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { addAlias, mergeCompanies, removeAlias } from '../../src/graph/write/index.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// Curation: merge two companies, add and remove aliases; each leaves an audit record, edges recomputed.

const fake = new URL('./ingest-fake-extract.ts', import.meta.url).href;
let client: GraphClient;
const ingest = (...articles: Article[]) => ingestArticles(client, articles, { extractModule: fake, workers: 0 });
const art = (id: string, text: string, publishedAt = '2025-01-01'): Article => ({ id, text, publishedAt });

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
});
afterAll(() => client.close());
beforeEach(async () => {
  await wipe(client);
  await ingest(
    art('c1', '[[Alphabet Inc.|Alphabet]] supplies [[Acme]] @0.5;\n[[Alphabet]] competes with [[Globex]] @0.5', '2025-01-01'),
    art('c2', '[[Google]] supplies [[Acme]] @0.5;\n[[Globex]] competes with [[Google]] @0.5;\n[[Google]] supplies [[Alphabet]]', '2025-02-01'),
  );
});

const edges = () =>
  client.runText<{ from: string; type: string; to: string; n: number; c: number; last: string }>(
    `MATCH (x)-[e:SUPPLIES|COMPETES_WITH|OFFERS]->(y)
     RETURN x.id AS from, type(e) AS type, y.id AS to, e.evidenceCount AS n, e.confidence AS c, e.lastSeen AS last ORDER BY from, type, to`,
  );

describe('mergeCompanies', () => {
  it('moves aliases, assertions and mentions to the target, recomputes its edges and keeps an audit record', async () => {
    const result = await mergeCompanies(client, 'google', 'alphabet', 'alice@example.com');
    expect(result.entityId).toBe('alphabet');
    expect(await client.runText('MATCH (c:Company {id: "google"}) RETURN c')).toEqual([]);
    expect(await edges()).toEqual([
      { from: 'alphabet', type: 'COMPETES_WITH', to: 'globex', n: 2, c: 0.75, last: '2025-02-01T00:00:00Z' },
      { from: 'alphabet', type: 'SUPPLIES', to: 'acme', n: 2, c: 0.75, last: '2025-02-01T00:00:00Z' },
    ]);
    // "Google supplies Alphabet" became "Alphabet supplies Alphabet": dropped, not kept as a self-loop
    expect(await client.runText('MATCH (s:Assertion)-[:SUBJECT]->(c)<-[:OBJECT]-(s) RETURN s')).toEqual([]);
    const [alphabet] = await client.runText<{ aliases: string[]; n: number }>(
      'MATCH (c:Company {id: "alphabet"}) RETURN c.aliases AS aliases, c.mentionCount AS n',
    );
    expect(alphabet).toEqual({ aliases: ['Google'], n: 6 });
    const [audit] = await client.runText<Record<string, unknown>>(
      'MATCH (c:Curation) RETURN c.action AS action, c.source AS source, c.target AS target, c.by AS by, c.at AS at',
    );
    expect(audit).toMatchObject({ action: 'merge', source: 'google', target: 'alphabet', by: 'alice@example.com' });
    expect(audit!.at).toBe(result.at);
    // Later articles naming Google now land on Alphabet
    await ingest(art('c3', '[[Google]] supplies [[Hooli]]'));
    expect(await client.runText('MATCH (:Company {id: "alphabet"})-[:SUPPLIES]->(:Company {id: "hooli"}) RETURN 1 AS ok')).toHaveLength(1);
  });

  it('refuses unknown ids and a merge into itself', async () => {
    await expect(mergeCompanies(client, 'nope', 'alphabet', 'x')).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergeCompanies(client, 'google', 'nope', 'x')).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergeCompanies(client, 'google', 'google', 'x')).rejects.toBeInstanceOf(InvalidInputError);
    expect(await client.runText('MATCH (c:Curation) RETURN c')).toEqual([]);
  });
});

describe('addAlias / removeAlias', () => {
  it('an added alias makes later articles resolve to the entity; removing it stops that', async () => {
    await addAlias(client, 'globex', 'Globex Corporation of America', 'bob');
    const [g] = await client.runText<{ aliases: string[]; text: string }>('MATCH (c:Company {id: "globex"}) RETURN c.aliases AS aliases, c.aliasText AS text');
    expect(g).toEqual({ aliases: ['Globex Corporation of America'], text: 'Globex Corporation of America' });
    await ingest(art('c4', '[[Globex Corporation of America]] supplies [[Hooli]]'));
    expect(await client.runText('MATCH (:Company {id: "globex"})-[:SUPPLIES]->(:Company {id: "hooli"}) RETURN 1 AS ok')).toHaveLength(1);

    await removeAlias(client, 'globex', 'Globex Corporation of America', 'bob');
    expect(await client.runText('MATCH (a:Alias {key: "globex corporation of america"}) RETURN a')).toEqual([]);
    await expect(removeAlias(client, 'globex', 'Globex Corporation of America', 'bob')).rejects.toBeInstanceOf(NotFoundError);
    await expect(addAlias(client, 'nope', 'X', 'bob')).rejects.toBeInstanceOf(NotFoundError);
    await expect(addAlias(client, 'globex', '  ', 'bob')).rejects.toBeInstanceOf(InvalidInputError);
    const audit = await client.runText<{ action: string }>('MATCH (c:Curation) RETURN c.action AS action ORDER BY c.at');
    expect(audit.map((a) => a.action)).toEqual(['addAlias', 'removeAlias']);
  });

  it('adding an alias another company has flags it ambiguous', async () => {
    await addAlias(client, 'acme', 'Google', 'carol');
    const [a] = await client.runText<{ ambiguous: boolean }>('MATCH (a:Alias {key: "google"}) RETURN a.ambiguous AS ambiguous');
    expect(a!.ambiguous).toBe(true);
  });
});
