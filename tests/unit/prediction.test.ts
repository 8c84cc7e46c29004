import { describe, expect, it } from 'vitest';
import { toPrediction } from '../../src/eval/prediction.js';
import { predictionLine } from '../../src/eval/schema.js';
import type { Extraction, ExtractedRelation } from '../../src/extract/types.js';

const relation = (r: Partial<ExtractedRelation> & Pick<ExtractedRelation, 'type' | 'source' | 'target'>): ExtractedRelation => ({
  start: 0,
  end: 10,
  sentence: 'A sentence.',
  confidence: 0.8,
  rule: 'test.rule',
  ...r,
});

const extraction: Extraction = {
  articleId: 'art-7',
  text: 'Tarvo Labs buys sensors from Keld Optics. Tarvo Labs sells the Ripple app.',
  companies: [
    { name: 'Tarvo Labs', aliases: ['Tarvo'], mentions: [{ start: 0, end: 10, text: 'Tarvo Labs' }], confidence: 0.9 },
    { name: 'Keld Optics', aliases: [], mentions: [{ start: 29, end: 40, text: 'Keld Optics' }], confidence: 0.9 },
  ],
  products: [{ name: 'Ripple', aliases: [], owner: 'Tarvo Labs', mentions: [], confidence: 0.7 }],
  relations: [
    relation({ type: 'SUPPLIES', source: 'Keld Optics', target: 'Tarvo Labs', sentence: 'Tarvo Labs buys sensors from Keld Optics.', rule: 'supplies.buys-from', features: ['between:buys', 'rule:supplies.buys-from'], amount: 5e6, currency: 'USD' }),
    relation({ type: 'OFFERS', source: 'Tarvo Labs', target: 'Ripple' }),
    relation({ type: 'COMPETES_WITH', source: 'Keld Optics', target: 'Tarvo Labs', hedged: true, confidence: 0.2 }),
    relation({ type: 'COMPETES_WITH', source: 'Tarvo Labs', target: 'Keld Optics', hedged: false, rule: 'competes.rival' }),
  ],
};

describe('toPrediction', () => {
  it('keeps names, aliases, owners and scored relations; drops OFFERS and hedged claims', () => {
    expect(toPrediction(extraction)).toEqual({
      id: 'art-7',
      companies: [
        { name: 'Tarvo Labs', aliases: ['Tarvo'] },
        { name: 'Keld Optics', aliases: [] },
      ],
      products: [{ name: 'Ripple', aliases: [], owner: 'Tarvo Labs' }],
      relations: [
        {
          type: 'SUPPLIES', source: 'Keld Optics', target: 'Tarvo Labs', evidence: 'Tarvo Labs buys sensors from Keld Optics.', confidence: 0.8,
          rule: 'supplies.buys-from', features: ['between:buys', 'rule:supplies.buys-from'],
        },
        // A relation without features still carries the key, as an empty list.
        { type: 'COMPETES_WITH', source: 'Tarvo Labs', target: 'Keld Optics', evidence: 'A sentence.', confidence: 0.8, rule: 'competes.rival', features: [] },
      ],
      ended: [],
    });
  });

  it('lists ended relations under ended only, and ending ones under both', () => {
    const over = relation({ type: 'SUPPLIES', source: 'Keld Optics', target: 'Tarvo Labs', sentence: 'Tarvo Labs dropped Keld Optics.', status: 'ended' });
    const current = relation({ type: 'SUPPLIES', source: 'Keld Optics', target: 'Tarvo Labs', sentence: 'Tarvo Labs buys from Keld Optics.' });
    const ending = relation({ type: 'SUPPLIES', source: 'Osk Freight', target: 'Tarvo Labs', sentence: 'Tarvo Labs will end its deal with Osk Freight.', status: 'ending' });
    const p = toPrediction({ ...extraction, relations: [current, over, ending] });
    // The article says Keld Optics' supply has ended: the sentence that it held does not make it current.
    expect(p.relations.map((r) => r.source)).toEqual(['Osk Freight']);
    expect(p.ended).toEqual([
      { type: 'SUPPLIES', source: 'Keld Optics', target: 'Tarvo Labs', status: 'ended', evidence: 'Tarvo Labs dropped Keld Optics.' },
      { type: 'SUPPLIES', source: 'Osk Freight', target: 'Tarvo Labs', status: 'ending', evidence: 'Tarvo Labs will end its deal with Osk Freight.' },
    ]);
  });

  it('produces a valid prediction line that survives a JSON round trip', () => {
    const line = JSON.parse(JSON.stringify(toPrediction(extraction)));
    expect(predictionLine.parse(line)).toEqual(line);
  });

  it('handles an empty extraction', () => {
    const empty: Extraction = { articleId: 'e', text: '', companies: [], products: [], relations: [] };
    expect(toPrediction(empty)).toEqual({ id: 'e', companies: [], products: [], relations: [], ended: [] });
  });
});
