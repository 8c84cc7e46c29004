import { describe, expect, it } from 'vitest';
import { pairFeatures, stem, templateTokens, triggerClasses } from '../../src/extract/features.js';
import { explain, probabilities, type RelationModel } from '../../src/extract/model.js';
import type { Template } from '../../src/extract/template.js';
import type { ExtractedRelation } from '../../src/extract/types.js';

const company = (key: string) => ({ entities: [key], kind: 'company' as const, viaCoref: false });
const template = (text: string, keys: string[]): Template => ({ text, slots: keys.map(company) });

describe('extract: features', () => {
  it('stems the forms of one word alike', () => {
    expect(new Set(['supplies', 'supplied', 'supply'].map(stem))).toEqual(new Set(['supply']));
    expect(stem('2024')).toBe('0000');
  });

  it('puts words in trigger classes by prefix or whole word', () => {
    expect(triggerClasses('suppliers')).toContain('supplierNoun');
    expect(triggerClasses('rivals')).toContain('rivalry');
    expect(triggerClasses('stake')).toContain('ownership');
    expect(triggerClasses('no')).toContain('hedge');
    expect(triggerClasses('notable')).not.toContain('hedge');
  });

  it('reads the words between, around and the rules that fired for a pair', () => {
    const t = template('Lately ⟦0⟧ buys chips from ⟦1⟧.', ['acme', 'contoso']);
    const hit = { type: 'SUPPLIES', source: 'contoso', target: 'acme', rule: 'supplies.buys-from' } as ExtractedRelation;
    const f = pairFeatures({ a: 'acme', b: 'contoso', slotA: 0, slotB: 1, sameList: false }, t, templateTokens(t), [hit]);
    expect(f).toEqual(expect.arrayContaining(['bias', 'b:buy', 'b:chip', 'b1:buy', 'bL:from', 'cls_b:buyVerb', 'd:3-5', 'l1:lately', 'r1:.', 'rule:supplies.buys-from:rev', 'rules:SUPPLIES:rev']));
    expect(f).not.toContain('list');
  });

  it('marks list members and the classes of their sentence', () => {
    const t = template('⟦0⟧ and ⟦1⟧ are rivals.', ['acme', 'contoso']);
    t.slots = [{ entities: ['acme', 'contoso'], kind: 'company', viaCoref: false }];
    const t2: Template = { text: '⟦0⟧ are rivals.', slots: t.slots };
    const f = pairFeatures({ a: 'acme', b: 'contoso', slotA: 0, slotB: 0, sameList: true }, t2, templateTokens(t2), []);
    expect(f).toEqual(expect.arrayContaining(['list', 'list_cls:rivalry', 'cls_r:rivalry', 'r1:are']));
    // Around the pair the model sees word classes, not the words (but the adjacent one).
    expect(f).not.toContain('r:rival');
  });

  it('adds what the article knows of the two companies', () => {
    const t = template('⟦0⟧ sells to ⟦1⟧.', ['acme', 'contoso']);
    const f = pairFeatures({ a: 'acme', b: 'contoso', slotA: 0, slotB: 1, sameList: false }, t, templateTokens(t), [], {
      industryOf: (k) => (k === 'acme' ? 'semiconductors' : 'autos'), rankOf: (k) => (k === 'acme' ? 1 : 5),
      descriptors: (k) => (k === 'acme' ? ['supplier'] : []),
    });
    expect(f).toEqual(expect.arrayContaining(['ia:semiconductors', 'ib:autos', 'iab:semiconductors>autos', 'rank_a:1', 'rank_b:low', 'da:supplier', 'cls_da:supplierNoun']));
  });
});

describe('extract: the relation model', () => {
  const model: RelationModel = {
    thresholds: { SUPPLIES: 0.5, COMPETES_WITH: 0.5 },
    weights: new Map([['bias', [2, 0, 0, 0]], ['b:supply', [0, 3, 0, 0]], ['b:rival', [0, 0, 0, 4]], ['b:from', [0, 0, 1, 0]]]),
  };

  it('gives class probabilities that sum to one and follow the weights', () => {
    const p = probabilities(model, ['bias', 'b:supply']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p[1]).toBeGreaterThan(p[0]);
    expect(probabilities(model, ['bias'])[0]).toBeGreaterThan(0.7);
  });

  it('explains a class by the features that pushed towards it, strongest first', () => {
    expect(explain(model, ['bias', 'b:supply', 'b:rival', 'b:from'], 3)).toEqual(['b:rival']);
    expect(explain(model, ['b:from', 'b:supply'], 1)).toEqual(['b:supply']);
  });
});
