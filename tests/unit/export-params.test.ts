import { describe, expect, it } from 'vitest';
import { describeIssues, paramsFromSearch } from '../../src/export/params.js';

describe('export parameters', () => {
  it.each([
    ['', {}],
    ['company=nvidia&depth=2', { company: 'nvidia', depth: 2 }],
    ['company=product:h100', { company: 'product:h100' }],
    ['types=SUPPLIES,offers', { types: ['SUPPLIES', 'OFFERS'] }],
    ['types=SUPPLIES&types=COMPETES_WITH', { types: ['SUPPLIES', 'COMPETES_WITH'] }],
    ['minConfidence=0.5&limit=10', { minConfidence: 0.5, limit: 10 }],
    ['since=2024-03-01', { since: '2024-03-01T00:00:00Z' }],
    ['since=2024-03-01T10:00:00%2B02:00', { since: '2024-03-01T10:00:00+02:00' }],
    ['company=&types=&since=', {}],
  ])('?%s → %j', (query, expected) => {
    const parsed = paramsFromSearch(new URLSearchParams(query));
    expect(parsed.success && parsed.data).toEqual(expected);
  });

  it.each([
    ['depth=2', 'depth: depth needs a company'],
    ['company=x&depth=9', 'depth'],
    ['types=OWNS', 'types'],
    ['minConfidence=2', 'minConfidence'],
    ['minConfidence=abc', 'minConfidence'],
    ['since=yesterday', 'since'],
    ['since=2024-02-30', 'since'],
    ['limit=0', 'limit'],
    ['company=x&limit=5000', 'limit: limit is at most 1000'],
    ['minconfidence=0.5', 'minconfidence'],
  ])('?%s is refused, naming %s', (query, named) => {
    const parsed = paramsFromSearch(new URLSearchParams(query));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error)).toContain(named);
  });
});
