import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { removeArticle } from '../../src/graph/write/index.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { testClient, wipe } from './helpers.js';

// Relationships over time against the real Neo4j, with the stand-in extractor (ingest-fake-extract.ts: "no longer"
// makes a claim `ended`, "will end" `ending`, "until 2027-01" a stated end), so the graph is tested apart from NLP.
// A (2024) says Fabrikam supplies Contoso; B (2025) that Contoso replaced Fabrikam with Northwind; C (2026) that
// Fabrikam supplies Contoso again. Every check re-reads the edges with Cypher.

const fake = new URL('./ingest-fake-extract.ts', import.meta.url).href;
let client: GraphClient;

const art = (id: string, text: string, publishedAt: string | null): Article => ({
  id, text, title: `Title ${id}`, url: `https://example.com/${id}`, source: 'Test Wire', publishedAt,
});
const A = art('a', '[[Fabrikam]] supplies display panels to [[Contoso]]', '2024-03-01');
const B = art('b', '[[Fabrikam]] supplies [[Contoso]] no longer;\n[[Northwind]] supplies panels to [[Contoso]] now', '2025-05-01');
const C = art('c', '[[Fabrikam]] supplies display panels to [[Contoso]] again', '2026-02-01');

const ingest = (articles: Article[]) => ingestArticles(client, articles, { extractModule: fake, workers: 0 });

interface Edge {
  status: string;
  validFrom: string | null;
  validTo: string | null;
  periodFrom: string[];
  periodTo: string[];
  periodOpenedBy: string[];
  periodClosedBy: string[];
  change: string;
  confidence: number;
  evidenceCount: number;
}
// Neo4j stores no null property: an absent validFrom/validTo reads as null.
const edge = async (from: string, to: string, type = 'SUPPLIES') => {
  const [row] = await client.runText<{ e: Edge }>(`MATCH (:Company {id: $from})-[e:${type}]->(:Company {id: $to}) RETURN e`, { from, to });
  return row && { ...row.e, validFrom: row.e.validFrom ?? null, validTo: row.e.validTo ?? null };
};

/** Every derived edge with its lifecycle and confidence, for comparing whole graphs. */
const snapshot = () =>
  client.runText(
    `MATCH (s)-[e:SUPPLIES|COMPETES_WITH]->(t) RETURN type(e) AS type, s.id AS s, t.id AS t, e.status AS status,
     e.validFrom AS validFrom, e.validTo AS validTo, e.periodFrom AS periodFrom, e.periodTo AS periodTo,
     e.periodOpenedBy AS openedBy, e.periodClosedBy AS closedBy, round(e.confidence, 9) AS confidence, e.evidenceCount AS n
     ORDER BY type, s, t`,
  );

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
});
afterAll(() => client.close());
beforeEach(() => wipe(client));

describe('relationship lifecycle', () => {
  it('stores the status of each claim on its assertion', async () => {
    await ingest([A, B]);
    const rows = await client.runText<{ sentence: string; status: string | null }>(
      'MATCH (s:Assertion)-[:IN]->(:Article {id: "b"}) RETURN s.sentence AS sentence, s.status AS status ORDER BY sentence',
    );
    expect(rows.map((r) => [r.sentence.split(' ')[0], r.status])).toEqual([['[[Fabrikam]]', 'ended'], ['[[Northwind]]', null]]);
  });

  it('a switch ends the old supplier on the day it was reported; the new one is active', async () => {
    await ingest([A]);
    expect(await edge('fabrikam', 'contoso')).toMatchObject({
      status: 'ACTIVE', validFrom: '2024-03-01T00:00:00Z', validTo: null,
      periodFrom: ['2024-03-01T00:00:00Z'], periodTo: ['9999-12-31T23:59:59Z'], periodOpenedBy: ['a#0'], periodClosedBy: [''], change: 'NEW',
    });
    await ingest([B]);
    const ended = await edge('fabrikam', 'contoso');
    expect(ended).toMatchObject({
      status: 'ENDED', validFrom: '2024-03-01T00:00:00Z', validTo: '2025-05-01T00:00:00Z',
      periodTo: ['2025-05-01T00:00:00Z'], periodOpenedBy: ['a#0'], periodClosedBy: ['b#0'], change: 'ENDED', evidenceCount: 2,
    });
    // The claim that it ended is evidence that it existed: confidence is the noisy-or of both claims.
    expect(ended!.confidence).toBeCloseTo(1 - 0.5 * 0.5, 9);
    expect(await edge('northwind', 'contoso')).toMatchObject({ status: 'ACTIVE', validFrom: '2025-05-01T00:00:00Z', validTo: null });
  });

  it('removing the article that ended it makes it active again', async () => {
    await ingest([A, B]);
    expect(await removeArticle(client, 'b')).toBe(true);
    expect(await edge('fabrikam', 'contoso')).toMatchObject({ status: 'ACTIVE', validTo: null, periodClosedBy: [''], evidenceCount: 1 });
    expect(await edge('northwind', 'contoso')).toBeUndefined();
  });

  it('an update of the article recomputes it', async () => {
    await ingest([A, B]);
    await ingest([{ ...B, text: '[[Northwind]] supplies panels to [[Contoso]] now' }]);
    expect(await edge('fabrikam', 'contoso')).toMatchObject({ status: 'ACTIVE', validTo: null, evidenceCount: 1 });
  });

  it('the order of ingestion does not matter', async () => {
    await ingest([A]);
    await ingest([B]);
    await ingest([C]);
    const inOrder = await snapshot();
    await wipe(client);
    await ingest([C]);
    await ingest([B]);
    await ingest([A]);
    expect(await snapshot()).toEqual(inOrder);
    await wipe(client);
    await ingest([B, C, A]);
    expect(await snapshot()).toEqual(inOrder);
  });

  it('B before A: known first only from its end, then given its start', async () => {
    await ingest([B]);
    expect(await edge('fabrikam', 'contoso')).toMatchObject({
      status: 'ENDED', validFrom: null, validTo: '2025-05-01T00:00:00Z', periodFrom: ['0001-01-01T00:00:00Z'], change: 'NEW',
    });
    await ingest([A]);
    expect(await edge('fabrikam', 'contoso')).toMatchObject({ status: 'ENDED', validFrom: '2024-03-01T00:00:00Z', validTo: '2025-05-01T00:00:00Z' });
  });

  it('a later claim that it holds re-opens it as a second period', async () => {
    await ingest([A, B]);
    await ingest([C]);
    expect(await edge('fabrikam', 'contoso')).toMatchObject({
      status: 'ACTIVE', validFrom: '2026-02-01T00:00:00Z', validTo: null, change: 'REOPENED',
      periodFrom: ['2024-03-01T00:00:00Z', '2026-02-01T00:00:00Z'],
      periodTo: ['2025-05-01T00:00:00Z', '9999-12-31T23:59:59Z'],
      periodOpenedBy: ['a#0', 'c#0'], periodClosedBy: ['b#0', ''],
    });
  });

  it('an announced end: ENDING with its stated date; COMPETES_WITH too', async () => {
    await ingest([
      art('d', '[[Fabrikam]] supplies [[Contoso]] but will end it until 2099-01;\n[[Contoso]] competes with [[Tailspin]]', '2025-01-10'),
      art('e', '[[Tailspin]] competes with [[Contoso]] no longer', '2025-08-01T10:00:00Z'),
    ]);
    expect(await edge('fabrikam', 'contoso')).toMatchObject({ status: 'ENDING', validFrom: '2025-01-10T00:00:00Z', validTo: '2099-02-01T00:00:00Z', periodClosedBy: ['d#0'] });
    expect(await edge('contoso', 'tailspin', 'COMPETES_WITH')).toMatchObject({ status: 'ENDED', validTo: '2025-08-01T10:00:00Z' });
  });

  it('an undated article is dated by its ingest time', async () => {
    const before = new Date().toISOString();
    await ingest([art('u', '[[Fabrikam]] supplies [[Contoso]] no longer', null)]);
    const e = await edge('fabrikam', 'contoso');
    expect(e!.status).toBe('ENDED');
    expect(e!.validTo! >= before.slice(0, 19)).toBe(true);
  });
});
