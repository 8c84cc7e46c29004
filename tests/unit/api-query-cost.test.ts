import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryCost } from '../../src/api/query-cost.js';
import { createApiSchema } from '../../src/api/schema.js';

// The query cost counts the fields an answer may hold, through the page sizes around them.
const schema = createApiSchema();
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), undefined, variables);

describe('query cost', () => {
  it.each([
    ['{ stats { articles } }', 2],
    // company, suppliers: 1 each; what is under suppliers: 5 each.
    ['{ company(id: "x") { suppliers(first: 5) { edges { node { source { name } } } } } }', 22],
    // No `first`: the page default, 25.
    ['{ company(id: "x") { suppliers { totalCount edges { node { confidence } } } } }', 1 + 1 + 25 * 4],
    // evidence defaults to 10 in the schema.
    ['{ relationship(id: "SUPPLIES:a:b") { evidence { sentence } } }', 1 + 1 + 10],
    // Through fragments, inline or named.
    ['{ company(id: "x") { ...F } } fragment F on Company { customers(first: 2) { edges { node { target { ... on Company { name } } } } } }', 1 + 1 + 2 * 4],
  ])('%s costs %d', (query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it('reads page sizes from variables, and multiplies them down the levels', () => {
    const q = `query($n: Int) { company(id: "x") { suppliers(first: $n) { edges { node { source { ... on Company {
      suppliers(first: $n) { edges { node { confidence } } } } } } } } } }`;
    // company, suppliers; n × (edges, node, source, suppliers); n² × (edges, node, confidence)
    expect(cost(q, { n: 10 })).toBe(2 + 4 * 10 + 3 * 100);
    expect(cost(q, { n: 100 })).toBe(2 + 4 * 100 + 3 * 10_000);
  });

  it('three levels of suppliers: about 82,000 fields at the default page of 25, five million at 100 (docs/api.md)', () => {
    const nested = (first: string) => {
      let inner = 'name';
      for (let i = 0; i < 3; i++) inner = `name suppliers${first} { edges { node { confidence source { ... on Company { ${inner} } } } } }`;
      return `{ company(id: "x") { ${inner} } }`;
    };
    expect(cost(nested(''))).toBe(82_028);
    expect(cost(nested('(first: 100)'))).toBe(5_060_603);
  });
});
