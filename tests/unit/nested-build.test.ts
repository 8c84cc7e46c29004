import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/api/args.js';
import { planEntity } from '../../src/api/nested-plan.js';
import { maxSharedRead, maxSharedRows, sharedReadSize } from '../../src/api/nested-reads.js';
import { fragment } from '../../src/graph/cypher.js';
import { buildCompaniesRead, buildCompanyByNameRead } from '../../src/graph/read/nested/build.js';
import type { EdgeFilter } from '../../src/graph/read/nested/edge-filter.js';
import { rowsOf } from '../../src/graph/read/nested/plan.js';

// The nested-read builder: the statement it makes for a selection, and the plan the selection gives.
// (Integration tests run the statements on Neo4j: tests/integration/api-nested-reads.int.test.ts.)

const planOf = (query: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const company = op.selectionSet.selections[0] as FieldNode;
  const fragments = Object.fromEntries(doc.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
  return planEntity([company.selectionSet!], { fragments, variables });
};

// Every hop keeps the edges whose status is one of those asked: now (fragments/status-now.cypher) unless a day is
// asked (fragments/status-at.cypher).
const status = (hop: number) => ` AND ${fragment('status-now', `r${hop}`)} IN $h${hop}_statuses`;
const statusOnDay = (hop: number) => ` AND ${fragment('status-at', `r${hop}`).replace(/\$asOf\b/g, `$h${hop}_asOf`)} IN $h${hop}_statuses`;

describe('nested read statement', () => {
  it('finds a company by name or alias key and reads its selection in the same statement', () => {
    const plan = planOf(`{ company(name: "x") { name customers(first: 2) { edges { node { target { name } } } } } }`);
    const { text, params } = buildCompanyByNameRead(plan, 'Meta Platforms, Inc.', 'meta platforms');
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'CALL () {',
      '  MATCH (c:Company {name: $name}) RETURN c, 0 AS rank',
      '  UNION',
      '  MATCH (:Alias {key: $key})-[:OF]->(c:Company) RETURN c, 1 AS rank',
      '}',
      'WITH c AS n0 ORDER BY rank, coalesce(n0.mentionCount, 0) DESC, n0.id LIMIT 1',
    ]);
    expect(lines[6]).toBe('CALL (n0) {');
    expect(lines.at(-1)).toMatch(/^RETURN n0\.id AS id, n0 \{\.name, \.id, kind: 'COMPANY', `@connections`: \{customers: /);
    expect(params).toMatchObject({ name: 'Meta Platforms, Inc.', key: 'meta platforms' });
  });

  it('reads a depth-2 selection in one statement, ordering and slicing per parent, values as parameters', () => {
    const plan = planOf(`{ company(id: "x") { name suppliers(first: 5, minConfidence: 0.4) { totalCount edges { node {
      confidence source { ... on Company { name suppliers(first: 5) { edges { node { source { name } } } } } } } } } } }`);
    const { text, params } = buildCompaniesRead(plan, ['nvidia', 'nvidia']);
    expect(text).toBe(
      [
        'UNWIND $ids AS id',
        'MATCH (n0:Company {id: id})',
        'CALL (n0) {',
        '  MATCH (n0)<-[r1:SUPPLIES]-(o1:Company)',
        `  WHERE r1.confidence >= $h1_minConfidence${status(1)}`,
        '  WITH r1, o1 ORDER BY r1.confidence DESC, o1.id SKIP $h1_skip LIMIT $h1_limit',
        '  WITH r1, startNode(r1) AS s1, endNode(r1) AS t1',
        '  CALL (s1) {',
        '    MATCH (s1)<-[r2:SUPPLIES]-(o2:Company)',
        `    WHERE r2.confidence >= $h2_minConfidence${status(2)}`,
        '    WITH r2, o2 ORDER BY r2.confidence DESC, o2.id SKIP $h2_skip LIMIT $h2_limit',
        '    WITH r2, startNode(r2) AS s2, endNode(r2) AS t2',
        "    RETURN collect(r2 {type: type(r2), source: s2 {.name, .id, kind: 'COMPANY'}, target: t2 {.id, kind: 'COMPANY'}}) AS c2",
        '  }',
        "  RETURN collect(r1 {type: type(r1), .confidence, source: s1 {.name, .id, kind: 'COMPANY', `@connections`: {suppliers: {page: c2}}}, target: t1 {.id, kind: 'COMPANY'}}) AS c1",
        '}',
        `RETURN id, n0 {.name, .id, kind: 'COMPANY', \`@connections\`: {suppliers: {page: c1, total: COUNT { (n0)<-[r1:SUPPLIES]-(o1:Company) WHERE r1.confidence >= $h1_minConfidence${status(1)} }}}} AS entity`,
      ].join('\n'),
    );
    // One row more than asked: it says whether there is a next page.
    expect(params).toMatchObject({ ids: ['nvidia'], h1_minConfidence: 0.4, h2_minConfidence: 0, h1_statuses: ['ACTIVE', 'ENDING'] });
    expect(params).not.toHaveProperty('h1_asOf');
    expect(Number(params.h1_limit)).toBe(6);
    expect(Number(params.h1_skip)).toBe(0);
  });

  it('customers go out, competitors either way; since and a cursor become parameters', () => {
    const plan = planOf(`query($since: DateTime) { company(id: "x") { customers(after: "${Buffer.from('o:3').toString('base64url')}") { pageInfo { hasNextPage } }
      rivals: competitors(since: $since) { totalCount } } }`, { since: '2026-01-01T00:00:00Z' });
    const { text, params } = buildCompaniesRead(plan, ['a']);
    expect(text).toContain('MATCH (n0)-[r1:SUPPLIES]->(o1:Company)');
    expect(text).toContain(`rivals: {page: [], total: COUNT { (n0)-[r2:COMPETES_WITH]-(o2:Company) WHERE r2.confidence >= $h2_minConfidence AND r2.lastSeen >= datetime($h2_since)${status(2)} }}`);
    expect(params).toMatchObject({ h2_since: '2026-01-01T00:00:00Z' });
    expect(Number(params.h1_skip)).toBe(3);
    expect(Number(params.h1_limit)).toBe(26);
  });

  it('a hop asked on a day reads the status on that day; the others read it now', () => {
    const plan = planOf(`query($day: DateTime) { company(id: "x") { suppliers(asOf: $day, status: [ENDED]) { edges { node { source { ... on Company {
      suppliers { totalCount } } } } } } } }`, { day: '2025-06-01T00:00:00Z' });
    const { text, params } = buildCompaniesRead(plan, ['a']);
    expect(text).toContain(`WHERE r1.confidence >= $h1_minConfidence${statusOnDay(1)}`);
    expect(text).toContain(`WHERE r2.confidence >= $h2_minConfidence${status(2)} }`);
    expect(params).toMatchObject({ h1_asOf: '2025-06-01T00:00:00Z', h1_statuses: ['ENDED'], h2_statuses: ['ACTIVE', 'ENDING'] });
  });

  it('a relationship filter plugs into every hop with its own parameters', () => {
    const plan = planOf(`{ company(id: "x") { suppliers { edges { node { source { ... on Company { suppliers { totalCount } } } } } } } }`);
    const validAt: EdgeFilter = {
      name: 'validAt',
      cypher: (r, p) => `(${r}.validFrom IS NULL OR ${r}.validFrom <= datetime(${p('validAt')}))`,
      params: { validAt: '2026-02-01T00:00:00Z' },
    };
    const first = plan.connections.get('suppliers')!;
    first.filters.push(validAt);
    first.edge.source.connections.get('suppliers')!.filters.push(validAt);
    const { text, params } = buildCompaniesRead(plan, ['a']);
    expect(text).toContain(`WHERE r1.confidence >= $h1_minConfidence${status(1)} AND (r1.validFrom IS NULL OR r1.validFrom <= datetime($h1_validAt))`);
    expect(text).toContain(`COUNT { (s1)<-[r2:SUPPLIES]-(o2:Company) WHERE r2.confidence >= $h2_minConfidence${status(2)} AND (r2.validFrom IS NULL OR r2.validFrom <= datetime($h2_validAt)) }`);
    expect(params).toMatchObject({ h1_validAt: '2026-02-01T00:00:00Z', h2_validAt: '2026-02-01T00:00:00Z' });
  });
});

describe('nested read plan', () => {
  it('follows fragments that apply to companies, skips Product fragments and @skip/@include', () => {
    const plan = planOf(
      `query($no: Boolean!) { company(id: "x") { ...F ... on Entity { aliases } ... on Company { customers { totalCount } }
        lastSeen @skip(if: true) mentionCount @include(if: $no) } }
       fragment F on Company { name }`,
      { no: false },
    );
    expect([...plan.fields]).toEqual(['name', 'aliases']);
    expect([...plan.connections.keys()]).toEqual(['customers']);
  });

  it('merges the same connection asked in two places; leaves out one whose arguments are wrong (its resolver reports it)', () => {
    const plan = planOf(`{ company(id: "x") { suppliers { totalCount } suppliers { edges { node { confidence } } } customers(first: 1000) { totalCount } } }`);
    const suppliers = plan.connections.get('suppliers')!;
    expect(suppliers.total && suppliers.page).toBe(true);
    expect([...suppliers.edge.fields]).toEqual(['confidence']);
    expect(plan.connections.has('customers')).toBe(false);
  });
});

describe('shared lookups', () => {
  it('take as many companies as their pages allow: all 64 for a lookup, fewer for pages of pages, one for wide ones', () => {
    const lookup = planOf('{ company(id: "x") { id name } }');
    const q3 = planOf(`{ company(id: "x") { suppliers(first: 5) { edges { node { source { ... on Company {
      name suppliers(first: 5) { edges { node { source { name } } } } } } } } } } }`);
    const wide = planOf(`{ company(id: "x") { suppliers(first: 45) { edges { node { source { ... on Company {
      suppliers(first: 45) { edges { node { source { id } } } } } } } } } } }`);
    const skipped = planOf(`{ company(id: "x") { customers(first: 10, after: "${encodeCursor(500)}") { edges { cursor } } } }`);
    // A page of 5 reads 6 edges, each with both ends: 1 + 6 × (1 + 6 × 2 + 1) rows for Q3.
    expect([rowsOf(lookup), rowsOf(q3)]).toEqual([1, 85]);
    expect([lookup, q3, wide].map(sharedReadSize)).toEqual([maxSharedRead, Math.floor(maxSharedRows / 85), 1]);
    // The edges skipped before a page count too.
    expect(rowsOf(skipped)).toBeGreaterThan(500);
  });
});
