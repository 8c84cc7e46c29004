import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/types.js';
import { buildRows, type ResolvedArticle } from '../../src/graph/write/batch-rows.js';

const rel = (type: 'SUPPLIES' | 'COMPETES_WITH' | 'OFFERS', source: string, target: string, confidence = 0.5, hedged?: true) => ({
  type, source, target, sentence: `${source} ${type} ${target}`, start: 0, end: 1, confidence, rule: 'test', hedged,
});
const article = (
  articleId: string,
  seen: string,
  entities: Array<[string, number, string, boolean?]>,
  relations: Extraction['relations'],
): ResolvedArticle => ({
  articleId,
  seen,
  extraction: { articleId, text: '', companies: [], products: [], relations },
  entities: entities.map(([name, mentions]) => ({ label: 'Company' as const, name, mentions })),
  resolved: entities.map(([name, , id, created]) => ({ id, label: 'Company' as const, name, created: created ?? false })),
});

describe('buildRows', () => {
  it('aggregates evidence per edge over the batch and orders COMPETES_WITH pairs', () => {
    const rows = buildRows([
      article('a1', '2025-01-01', [['Acme', 2, 'acme', true], ['Globex', 1, 'globex']], [rel('SUPPLIES', 'Acme', 'Globex', 0.8), rel('COMPETES_WITH', 'Globex', 'Acme')]),
      article('a2', '2025-02-01', [['Acme', 1, 'acme'], ['Globex', 0, 'globex']], [rel('SUPPLIES', 'Acme', 'Globex', 0.5)]),
    ]);
    expect([...rows.created.Company]).toEqual([['acme', 'Acme']]);
    expect(rows.between).toHaveLength(3);
    expect(rows.mentions).toEqual([
      { articleId: 'a1', id: 'acme', label: 'Company', count: 2, seen: '2025-01-01' },
      { articleId: 'a1', id: 'globex', label: 'Company', count: 1, seen: '2025-01-01' },
      { articleId: 'a2', id: 'acme', label: 'Company', count: 1, seen: '2025-02-01' },
    ]);
    const supplies = rows.gained.find((g) => g.type === 'SUPPLIES')!;
    expect(supplies).toMatchObject({ sourceId: 'acme', targetId: 'globex', count: 2, first: '2025-01-01', last: '2025-02-01' });
    expect(supplies.miss).toBeCloseTo(0.1, 10);
    expect(rows.gained.find((g) => g.type === 'COMPETES_WITH')).toMatchObject({ sourceId: 'acme', targetId: 'globex' });
  });

  it.each([
    ['a hedged claim', [rel('SUPPLIES', 'Acme', 'Globex', 0.5, true)]],
    ['a claim whose ends are one entity', [rel('SUPPLIES', 'Acme', 'Acme Inc.')]],
    ['a claim naming an entity not resolved', [rel('SUPPLIES', 'Acme', 'Nobody')]],
  ])('writes no assertion for %s', (_, relations) => {
    const rows = buildRows([article('a1', '2025-01-01', [['Acme', 1, 'acme'], ['Acme Inc.', 0, 'acme'], ['Globex', 1, 'globex']], relations)]);
    expect(rows.between).toEqual([]);
    expect(rows.gained).toEqual([]);
    expect(rows.articlePairs.get('a1')).toEqual([]);
  });
});
