// From labelled pairs to a model file: index the features seen often enough, fit the regression,
// and keep the weights by feature name, rounded, so the file is readable and reproducible.
import { CLASSES, type ModelFile, type Thresholds } from '../extract/model.js';
import type { LabelledPair } from './dataset.js';
import { fit, type Instance } from './logreg.js';

export interface TrainSettings {
  /** A feature is kept when this many training pairs have it. */
  minCount: number;
  l2: number;
  iterations: number;
  learningRate: number;
  /** Factor on the L2 penalty of the rule features. */
  rulePenalty: number;
  /** Factor on the L2 penalty of single words (between, around, describing): a word needs more evidence than a trigger class. */
  wordPenalty: number;
}

export const DEFAULT_SETTINGS: TrainSettings = { minCount: 2, l2: 10, iterations: 250, learningRate: 0.05, rulePenalty: 1, wordPenalty: 3 };

export interface WeightedSet {
  pairs: readonly LabelledPair[];
  weight: number;
}

/** Features named by one word or word pair (features.ts): "b:suppli", "bb:ENT_sign", "l1:rival", "da:chipmak". */
const WORD_FEATURE = /^(?:b|bb|b1|bL|l|r|l1|r1|da|db):/;

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function fitModel(sets: readonly WeightedSet[], thresholds: Thresholds, s: TrainSettings = DEFAULT_SETTINGS): ModelFile {
  const counts = new Map<string, number>();
  for (const { pairs } of sets) for (const p of pairs) for (const f of p.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => f === 'bias' || counts.get(f)! >= s.minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const data: Instance[] = sets.flatMap(({ pairs, weight }) =>
    pairs.map((p) => ({ x: p.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])), y: p.label, weight })),
  );
  const K = CLASSES.length;
  // The hand-written rules are prior knowledge: their weights may grow with less evidence.
  const penalty = Float64Array.from(names, (f) => (f === 'bias' ? 0 : f.startsWith('rule') ? s.rulePenalty : WORD_FEATURE.test(f) ? s.wordPenalty : 1));
  const w = fit(data, { classes: K, features: names.length, l2: s.l2, iterations: s.iterations, learningRate: s.learningRate, penalty });
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const v = Array.from(w.subarray(i * K, i * K + K), round);
    if (v.some((x) => x !== 0)) weights[f] = v;
  });
  const labels = CLASSES.map((_, c) => data.filter((d) => d.y === c).length);
  return { classes: [...CLASSES], thresholds, trained: { pairs: data.length, labels: Object.fromEntries(CLASSES.map((c, i) => [c, labels[i]])), ...s }, weights };
}

/** A placeholder while thresholds are being chosen. */
export const EVEN: Thresholds = { SUPPLIES: 0.5, COMPETES_WITH: 0.5 };
