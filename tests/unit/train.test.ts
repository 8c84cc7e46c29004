import { describe, expect, it } from 'vitest';
import { fit, predict, type Instance } from '../../src/train/logreg.js';
import { labelArticle } from '../../src/train/dataset.js';
import { both, chooseThresholds, foldsOf, meanOver, type CurvePoint } from '../../src/train/cross-validate.js';
import { DEFAULT_SETTINGS, EVEN, fitModel } from '../../src/train/fit-model.js';
import type { GoldLine } from '../../src/eval/schema.js';

// A toy problem with a known answer: feature 1, 2 or 3 names the class; feature 0 is the bias;
// feature 4 is noise, on for every other instance of every class.
const toy: Instance[] = Array.from({ length: 120 }, (_, i) => ({ x: [0, 1 + (i % 3), ...(i % 2 ? [4] : [])], y: i % 3, weight: 1 }));
const options = { classes: 3, features: 5, l2: 1, iterations: 300, learningRate: 0.1, penalty: Float64Array.from([0, 1, 1, 1, 1]) };

describe('train: logistic regression', () => {
  it('learns a toy problem', () => {
    const w = fit(toy, options);
    for (const d of toy) {
      const p = predict(w, 3, d.x);
      expect(p.indexOf(Math.max(...p))).toBe(d.y);
    }
    // The noise feature carries (almost) nothing.
    expect(Math.max(...Array.from(w.subarray(12, 15), Math.abs))).toBeLessThan(0.1);
  });

  it('gives the same weights, bit for bit, on every run', () => {
    expect(Array.from(fit(toy, options))).toEqual(Array.from(fit(toy, options)));
  });

  it('counts an instance as often as its weight says', () => {
    const skewed: Instance[] = [{ x: [0], y: 0, weight: 3 }, { x: [0], y: 1, weight: 1 }];
    const p = predict(fit(skewed, { ...options, classes: 2, features: 1, l2: 0, penalty: Float64Array.from([0]), iterations: 2000 }), 2, [0]);
    expect(p[0]).toBeCloseTo(0.75, 2);
  });
});

describe('train: labelled pairs', () => {
  const gold: GoldLine = {
    id: 'a', scope: 'full', products: [], ended: [],
    companies: [{ name: 'Contoso Corp', aliases: ['Contoso'] }, { name: 'Fabrikam', aliases: [] }, { name: 'Globex', aliases: [] }],
    relations: [
      { type: 'SUPPLIES', source: 'Contoso Corp', target: 'Fabrikam', evidence: 'Contoso sells chips to Fabrikam' },
      { type: 'COMPETES_WITH', source: 'Globex', target: 'Contoso Corp', evidence: '' },
    ],
  } as GoldLine;
  const pair = (sentence: number, text: string, a: string, b: string) => ({ articleId: 'a', sentence, text, a, b, features: [`s${sentence}`] });

  it('labels each pair by the gold relation of its two companies, in the order written', () => {
    const labels = labelArticle([
      pair(0, 'Contoso sells chips to Fabrikam.', 'Contoso', 'Fabrikam'),
      pair(0, 'Fabrikam praised Contoso.', 'Fabrikam', 'Contoso'),
      pair(1, 'Globex and Contoso met.', 'Globex', 'Contoso'),
      pair(2, 'Fabrikam and Globex met.', 'Fabrikam', 'Globex'),
      pair(3, 'Fabrikam hired Jane Doe.', 'Fabrikam', 'Jane Doe'),
    ], gold).map((p) => p.label);
    expect(labels).toEqual([1, 2, 3, 0, 0]);
  });

  it('leaves out the other sentences of a pair whose quoted evidence is elsewhere', () => {
    const labels = labelArticle([pair(0, 'Contoso sells chips to Fabrikam.', 'Contoso', 'Fabrikam'), pair(4, 'Contoso and Fabrikam both rose.', 'Contoso', 'Fabrikam')], gold);
    expect(labels.map((p) => p.features[0])).toEqual(['s0']);
  });

  it('labels only the two listed companies in a pair-scoped article', () => {
    const scoped = { ...gold, scope: 'pair' as const };
    expect(labelArticle([pair(0, 'x', 'Fabrikam', 'Jane Doe'), pair(0, 'x', 'Globex', 'Fabrikam')], scoped).map((p) => p.label)).toEqual([0]);
  });
});

describe('train: cross-validation', () => {
  it('deals articles into folds of equal size, the same on every run', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `a${i}`);
    const folds = foldsOf(ids, 5);
    expect(folds).toEqual(foldsOf([...ids].reverse(), 5));
    expect([0, 1, 2, 3, 4].map((f) => [...folds.values()].filter((x) => x === f).length)).toEqual([20, 20, 20, 20, 20]);
  });

  // One dealing's curve from counts: [threshold, supplies tp/fp/fn, competes tp/fp/fn].
  const curve = (points: Array<[number, number[], number[]]>): CurvePoint[] =>
    points.map(([threshold, [tp, fp, fn], [ctp, cfp, cfn]]) => ({ threshold, supplies: { tp, fp, fn }, competes: { tp: ctp, fp: cfp, fn: cfn } }));

  it('chooses a threshold for each type, the best F1 among the pairs precise enough', () => {
    // Rivalry claims are surer than supply claims at the same threshold.
    const one = curve([[0.3, [50, 50, 50], [30, 5, 20]], [0.5, [30, 10, 70], [20, 2, 30]], [0.7, [10, 1, 90], [10, 0, 40]]]);
    expect(chooseThresholds([one], 0.75)).toEqual({ SUPPLIES: 0.5, COMPETES_WITH: 0.3 });
    // Nothing reaches the precision asked: the most precise pair.
    expect(chooseThresholds([one], 0.99)).toEqual({ SUPPLIES: 0.7, COMPETES_WITH: 0.7 });
  });

  it('of two threshold pairs whose F1 ties, chooses the more precise', () => {
    // With rivalry at 0.4, all relations score F1 0.592 at precision 0.672; at 0.5, F1 0.590 at precision 0.696.
    const one = curve([[0.4, [50, 20, 50], [40, 24, 30]], [0.5, [50, 20, 50], [37, 18, 33]]]);
    expect(chooseThresholds([one], 0.6)).toEqual({ SUPPLIES: 0.4, COMPETES_WITH: 0.5 });
  });

  it('deals the folds differently with another seed', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `a${i}`);
    expect(foldsOf(ids, 5, 1)).not.toEqual(foldsOf(ids, 5, 2));
  });

  it('averages precision and recall over the dealings, F1 from the means', () => {
    const [x, y] = [curve([[0.5, [6, 4, 24], [0, 0, 0]]]), curve([[0.5, [8, 2, 12], [0, 0, 0]]])];
    const p = meanOver([x, y], both(0, 0));
    expect(p.precision).toBeCloseTo(0.7);
    expect(p.recall).toBeCloseTo(0.3);
    expect(p.f1).toBeCloseTo(0.42);
  });
});

describe('train: the model file', () => {
  it('asks more evidence of a single word than of a trigger class', () => {
    // "b:supplies" and "cls_b:supplyVerb" say exactly the same thing; the word is penalised harder.
    const pairs = Array.from({ length: 40 }, (_, i) => ({ articleId: `a${i}`, label: i % 2, features: ['bias', ...(i % 2 ? ['b:suppli', 'cls_b:supplyVerb'] : [])] }));
    const w = fitModel([{ pairs, weight: 1 }], EVEN, DEFAULT_SETTINGS).weights;
    expect(DEFAULT_SETTINGS.wordPenalty).toBeGreaterThan(1);
    expect(w['b:suppli'][1]).toBeLessThan(w['cls_b:supplyVerb'][1]);
  });
});

