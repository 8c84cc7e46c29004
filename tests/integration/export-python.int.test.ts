import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/export.js';
import { toEdgesCsv, toEvidenceCsv, toGexf, toGraphml, toNodesCsv, type ExportEvidence } from '../../src/export/index.js';
import { utcInstant } from '../../src/export/time.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestExamplesIfEmpty } from '../../src/ingest/examples.js';
import { fixture } from '../unit/export-fixture.js';
import { testClient, wipe } from './helpers.js';
import { pythonEnv, runPython } from './python.js';

// The exports as researchers open them: `newsgraph export` writes the bundled examples as GraphML,
// GEXF and CSV, and tests/python/read_exports.py loads them with networkx, python-igraph and pandas
// (from PyPI, in .data/python). What each reader saw is compared with the graph re-read by Cypher.
// The unit fixture (markup in names, missing dates, a lone node, parallel edges) goes the same way.

interface Truth {
  nodes: Map<string, { label: string; kind: string; mentionCount: number; aliases: string[]; firstSeen: string | null; lastSeen: string | null }>;
  edges: Map<string, { source: string; target: string; type: string; confidence: number; evidenceCount: number; firstSeen: string | null; lastSeen: string | null; status?: string | null; validTo?: string | null }>;
  /** `edgeId|articleId|rule|sentence` of every claim, sorted. */
  claims: string[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from Python, checked field by field below */
type Seen = { directed: boolean; graph: Record<string, any>; nodes: Record<string, Record<string, any>>; edges: Record<string, any>[]; types: Record<string, string[]>; badDates: string[] };
type Read = Record<'networkx graphml' | 'networkx gexf' | 'igraph graphml' | 'igraph csv', Seen> & {
  'pandas csv': { columns: Record<string, string[]>; dtypes: Record<string, string>; nodes: any[]; edges: any[]; evidence: any[]; datesParsed: Record<string, [number, number]> };
  declared: { graphml: Record<string, string>; gexf: Record<string, string> };
};
/* eslint-enable @typescript-eslint/no-explicit-any */

const graphReaders = ['networkx graphml', 'networkx gexf', 'igraph graphml', 'igraph csv'] as const;

/** Python types each reader may give an attribute of a declared type. */
const pythonTypes: Record<(typeof graphReaders)[number], Record<string, string[]>> = {
  'networkx graphml': { string: ['str'], int: ['int'], double: ['float'], boolean: ['bool'] },
  // An edge's periods: a list of (start, end) spells.
  'networkx gexf': { string: ['str'], integer: ['int'], double: ['float'], boolean: ['bool'], spells: ['list'] },
  // igraph keeps every number as a float.
  'igraph graphml': { string: ['str'], int: ['float'], double: ['float'], boolean: ['bool'] },
  // pandas infers the column types; a double column of whole numbers (weight) reads as int.
  'igraph csv': { string: ['str'], int: ['int'], double: ['float', 'int'], boolean: ['bool'] },
};

const reversed = (id: string) => id.replace(/^(\w+):([^:]+):([^:]+)$/, '$1:$3:$2');

/** The edges every directed format must have: each relationship, and COMPETES_WITH the other way too. */
function directedEdges(truth: Truth) {
  return [...truth.edges].flatMap(([id, e]) => {
    const symmetric = e.type === 'COMPETES_WITH';
    const forward = { id, source: e.source, target: e.target, relation: e.type, symmetric, edge: e };
    return symmetric ? [forward, { ...forward, id: reversed(id), source: e.target, target: e.source }] : [forward];
  });
}

const ends = (e: { source: string; target: string; relation: string }) => `${e.source} → ${e.target} ${e.relation}`;
const missing = (v: unknown) => v === undefined || v === null || v === '';

async function readAll(python: string, folder: string): Promise<Read> {
  const result = await runPython(python, ['tests/python/read_exports.py', folder]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Read;
}

async function fromDatabase(client: GraphClient): Promise<Truth> {
  const nodes = await client.runText<{ id: string; label: string; kind: string; mentionCount: number; aliases: string[] | null; firstSeen: string | null; lastSeen: string | null }>(
    `MATCH (n) WHERE n:Company OR n:Product
     RETURN CASE WHEN n:Product THEN 'product:' + n.id ELSE n.id END AS id, n.name AS label,
       CASE WHEN n:Product THEN 'PRODUCT' ELSE 'COMPANY' END AS kind, n.mentionCount AS mentionCount,
       n.aliases AS aliases, n.firstSeen AS firstSeen, n.lastSeen AS lastSeen`,
  );
  const edges = await client.runText<{ id: string; source: string; target: string; type: string; confidence: number; evidenceCount: number; firstSeen: string | null; lastSeen: string | null; status: string | null; validTo: string | null }>(
    `MATCH (s:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->(t)
     RETURN type(r) + ':' + s.id + ':' + t.id AS id, s.id AS source,
       CASE WHEN t:Product THEN 'product:' + t.id ELSE t.id END AS target, type(r) AS type,
       r.confidence AS confidence, r.evidenceCount AS evidenceCount, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
       r.status AS status, r.validTo AS validTo`,
  );
  const claims = await client.runText<{ claim: string }>(
    `MATCH (s)<-[:SUBJECT]-(a:Assertion)-[:OBJECT]->(t), (a)-[:IN]->(art:Article)
     WITH a, art, CASE WHEN a.type = 'COMPETES_WITH' AND t.id < s.id THEN [t.id, s.id] ELSE [s.id, t.id] END AS pair
     RETURN a.type + ':' + pair[0] + ':' + pair[1] + '|' + art.id + '|' + a.rule + '|' + a.sentence AS claim`,
  );
  return {
    nodes: new Map(nodes.map(({ id, aliases, ...n }) => [id, { ...n, aliases: aliases ?? [] }])),
    edges: new Map(edges.map(({ id, ...e }) => [id, e])),
    claims: claims.map((c) => c.claim).sort(),
  };
}

const fixtureEvidence: ExportEvidence[] = [
  { edgeId: 'SUPPLIES:tsmc:nvidia', sentence: 'TSMC, the foundry, makes "Hopper" chips\nfor Nvidia.', rule: 'supplies.makes-for', confidence: 0.75, articleId: 'a1', url: 'https://example.com/a,1', date: '2024-01-10T08:00:00.123456789+01:00' },
  { edgeId: 'COMPETES_WITH:amd:nvidia', sentence: 'AMD rivals Nvidia — café, Zürich, 株式会社.', rule: 'competes.rivals', confidence: 0.5, articleId: 'a2', url: 'https://example.com/b', date: null },
];

function fromFixture(): Truth {
  return {
    nodes: new Map(
      fixture.nodes.map((n) => {
        const p = (n.properties ?? {}) as { mentionCount?: number; aliases?: string[]; firstSeen?: string | null; lastSeen?: string | null };
        return [n.id, { label: n.label, kind: n.kind, mentionCount: p.mentionCount ?? 0, aliases: p.aliases ?? [], firstSeen: p.firstSeen ?? null, lastSeen: p.lastSeen ?? null }];
      }),
    ),
    edges: new Map(fixture.edges.map(({ id, ...e }) => [id, { ...e, firstSeen: e.firstSeen ?? null, lastSeen: e.lastSeen ?? null }])),
    claims: fixtureEvidence.map((e) => `${e.edgeId}|${e.articleId}|${e.rule}|${e.sentence}`).sort(),
  };
}

describe('the exports in networkx, python-igraph and pandas', () => {
  let client: GraphClient;
  let python: string;
  const folders: string[] = [];
  const cases: Record<string, { truth: Truth; read: Read }> = {};

  beforeAll(async () => {
    python = pythonEnv();
    process.env.LOG_LEVEL = 'error';
    client = testClient();
    await wipe(client);
    await client.applySchema();
    await ingestExamplesIfEmpty(client);

    const examples = await mkdtemp(join(tmpdir(), 'newsgraph-python-'));
    folders.push(examples);
    for (const format of ['graphml', 'gexf']) expect(await run(['--format', format, '--out', join(examples, `graph.${format}`)])).toBe(0);
    expect(await run(['--format', 'csv', '--out', examples])).toBe(0);
    cases['bundled examples'] = { truth: await fromDatabase(client), read: await readAll(python, examples) };

    const awkward = await mkdtemp(join(tmpdir(), 'newsgraph-python-'));
    folders.push(awkward);
    await writeFile(join(awkward, 'graph.graphml'), toGraphml(fixture));
    await writeFile(join(awkward, 'graph.gexf'), toGexf(fixture));
    await writeFile(join(awkward, 'nodes.csv'), toNodesCsv(fixture));
    await writeFile(join(awkward, 'edges.csv'), toEdgesCsv(fixture));
    await writeFile(join(awkward, 'evidence.csv'), toEvidenceCsv(fixtureEvidence));
    cases['awkward fixture'] = { truth: fromFixture(), read: await readAll(python, awkward) };
  });

  afterAll(async () => {
    await client?.close();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
    delete process.env.LOG_LEVEL;
  });

  it('the bundled examples have the edges the checks below name', () => {
    const { truth } = cases['bundled examples'];
    expect(truth.edges.get('SUPPLIES:tsmc:apple')).toMatchObject({ source: 'tsmc', target: 'apple' });
    expect(truth.edges.get('SUPPLIES:apple:tsmc')).toBeUndefined();
    expect(truth.edges.get('COMPETES_WITH:amd:nvidia')).toBeDefined();
  });

  describe.each(['bundled examples', 'awkward fixture'])('%s', (name) => {
    describe.each(graphReaders)('%s', (reader) => {
      const get = () => ({ truth: cases[name].truth, seen: cases[name].read[reader] });

      it('reads one directed graph with every node, and every edge the right way round', () => {
        const { truth, seen } = get();
        expect(seen.directed).toBe(true);
        expect(Object.keys(seen.nodes).sort()).toEqual([...truth.nodes.keys()].sort());
        const want = directedEdges(truth);
        expect(seen.edges.map((e) => ends(e as never)).sort()).toEqual(want.map(ends).sort());
        // igraph's GraphML reader fills the edge id attribute with vertex ids, so only the others are checked.
        if (reader !== 'igraph graphml') expect(seen.edges.map((e) => e.id).sort()).toEqual(want.map((e) => e.id).sort());
      });

      it('marks COMPETES_WITH symmetric (both ways) and nothing else; keeping source < target folds it back', () => {
        const { truth, seen } = get();
        for (const e of seen.edges) expect(e.symmetric, ends(e as never)).toBe(e.relation === 'COMPETES_WITH');
        const pair = (a: string, b: string) => seen.edges.filter((e) => e.source === a && e.target === b && e.relation === 'COMPETES_WITH');
        expect([pair('amd', 'nvidia'), pair('nvidia', 'amd')].map((p) => p.length)).toEqual([1, 1]);
        const folded = seen.edges.filter((e) => !e.symmetric || e.source < e.target);
        expect(folded.map((e) => ends(e as never)).sort()).toEqual([...truth.edges.values()].map((e) => ends({ ...e, relation: e.type })).sort());
      });

      it('gives every attribute the type its key declares, and the values Neo4j has', () => {
        const { truth, seen } = get();
        const { declared } = cases[name].read;
        const types: Record<string, string> =
          reader === 'networkx gexf'
            ? { ...declared.gexf, 'node.label': 'string', 'edge.label': 'string', 'edge.weight': 'double', 'node.start': 'string', 'node.end': 'string', 'edge.start': 'string', 'edge.end': 'string', 'edge.spells': 'spells' }
            : Object.fromEntries(Object.entries(declared.graphml).filter(([k]) => !k.startsWith('graph.')));
        for (const [attribute, seenTypes] of Object.entries(seen.types)) {
          expect(types[attribute], `${attribute} is declared`).toBeDefined();
          expect(pythonTypes[reader][types[attribute]], `${attribute}: ${types[attribute]}`).toEqual(expect.arrayContaining(seenTypes));
        }
        expect(seen.badDates).toEqual([]);
        if (reader.endsWith('graphml')) expect(seen.graph.truncated).toBe(false);

        for (const [id, n] of truth.nodes) {
          const got = seen.nodes[id];
          expect(got, id).toMatchObject({ label: n.label, kind: n.kind, mentionCount: n.mentionCount });
          expect(got.aliases ?? '', id).toBe(n.aliases.join('|'));
          expect(missing(got.firstSeen) ? null : got.firstSeen, id).toBe(utcInstant(n.firstSeen));
        }
        const byEnds = new Map(seen.edges.map((e) => [ends(e as never), e]));
        for (const want of directedEdges(truth)) {
          const got = byEnds.get(ends(want))!;
          expect(got.confidence, want.id).toBeCloseTo(want.edge.confidence, 12);
          expect(got, want.id).toMatchObject({ label: want.relation, evidenceCount: want.edge.evidenceCount, weight: want.edge.evidenceCount });
          expect(missing(got.lastSeen) ? null : got.lastSeen, want.id).toBe(utcInstant(want.edge.lastSeen));
          expect(got.status, want.id).toBe(want.edge.status ?? 'ACTIVE');
          expect(missing(got.validTo) ? null : got.validTo, want.id).toBe(utcInstant(want.edge.validTo));
        }
      });
    });

    it('pandas reads the CSV columns with their types, the dates as dates, and one evidence row per claim', () => {
      const { truth, read } = cases[name];
      const csv = read['pandas csv'];
      expect(csv.columns).toEqual({
        nodes: ['id', 'label', 'kind', 'mentionCount', 'firstSeen', 'lastSeen', 'aliases'],
        edges: ['source', 'target', 'id', 'label', 'relation', 'symmetric', 'confidence', 'evidenceCount', 'weight', 'firstSeen', 'lastSeen', 'status', 'validFrom', 'validTo'],
        evidence: ['edgeId', 'sentence', 'rule', 'confidence', 'articleId', 'url', 'date'],
      });
      expect(csv.dtypes).toMatchObject({
        'nodes.mentionCount': 'int64',
        'edges.symmetric': 'bool',
        'edges.confidence': 'float64',
        'edges.evidenceCount': 'int64',
        'evidence.confidence': 'float64',
      });
      for (const column of ['nodes.id', 'nodes.label', 'edges.source', 'edges.id', 'edges.relation', 'evidence.sentence']) {
        expect(['str', 'object', 'string'], column).toContain(csv.dtypes[column]);
      }
      for (const [column, [present, parsed]] of Object.entries(csv.datesParsed)) expect(parsed, column).toBe(present);
      expect(csv.nodes).toHaveLength(truth.nodes.size);
      expect(csv.edges).toHaveLength(directedEdges(truth).length);
      expect(csv.evidence.map((e) => `${e.edgeId}|${e.articleId}|${e.rule}|${e.sentence}`).sort()).toEqual(truth.claims);
    });
  });

  it('evidence.csv has as many claims per edge as the edge counts, with their articles', () => {
    const { truth, read } = cases['bundled examples'];
    const perEdge = new Map<string, number>();
    for (const row of read['pandas csv'].evidence) {
      perEdge.set(row.edgeId, (perEdge.get(row.edgeId) ?? 0) + 1);
      expect(row.url, row.edgeId).toMatch(/^https?:\/\//);
    }
    expect(Object.fromEntries(perEdge)).toEqual(Object.fromEntries([...truth.edges].map(([id, e]) => [id, e.evidenceCount])));
  });
});
