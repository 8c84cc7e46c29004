import { describe, expect, it } from 'vitest';
import type { Extraction, ExtractedRelation } from '../../src/extract/types.js';
import { bounded, MAX_CLAIMS_PER_SENTENCE, packByBudget } from '../../src/ingest/write-budget.js';

// What one article and one transaction may carry.

const relation = (source: string, target: string, confidence: number, start = 0): ExtractedRelation => ({
  type: 'COMPETES_WITH', source, target, sentence: 'A list of rivals.', start, end: start + 17, confidence, rule: 'test',
});
const extraction = (relations: ExtractedRelation[]): Extraction => ({ articleId: 'a', text: 'A list of rivals.', companies: [], products: [], relations });

describe('bounded', () => {
  it('keeps the most confident claims of one sentence, and every claim of the others', () => {
    const list = Array.from({ length: 80 }, (_, i) => relation(`C${i}`, `D${i}`, i / 100));
    const other = relation('X', 'Y', 0.1, 100);
    const out = bounded(extraction([...list, other]));
    if ('error' in out) throw new Error(out.error);
    expect(out.relations).toHaveLength(MAX_CLAIMS_PER_SENTENCE + 1);
    expect(Math.min(...out.relations.filter((r) => r.start === 0).map((r) => r.confidence))).toBe(0.3);
    expect(out.relations.at(-1)).toBe(other);
  });
});

describe('packByBudget', () => {
  it('packs by claims and characters, and sends an item heavier than the budget alone', () => {
    const groups = [...packByBudget([3, 3, 3, 9, 1, 1], (n) => ({ claims: n, chars: n * 10 }), { claims: 6, chars: 1_000 })];
    expect(groups).toEqual([[3, 3], [3], [9], [1, 1]]);
    const byChars = [...packByBudget([3, 3, 3], (n) => ({ claims: n, chars: n * 10 }), { claims: 100, chars: 60 })];
    expect(byChars).toEqual([[3, 3], [3]]);
  });
});
