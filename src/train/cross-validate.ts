// k-fold cross-validation by article: each fold's articles are scored by a model fitted without
// them, with the full extractor and the corpus scorer, so the figure is the one unseen news gets.
import type { Corpus } from '../eval/corpus.js';
import { prng } from '../random.js';
import { predictCorpus, scoreCorpus } from '../eval/run.js';
import type { PredictionLine } from '../eval/schema.js';
import type { CorpusScore } from '../eval/score.js';
import { addCounts, prf, type Counts, type Prf } from '../eval/metrics.js';
import { createExtractor } from '../extract/extract.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { modelFromFile, type RelationModel, type Thresholds } from '../extract/model.js';
import type { LabelledPair } from './dataset.js';
import { EVEN, fitModel, type TrainSettings, type WeightedSet } from './fit-model.js';

/** One threshold of one dealing: what each relation type scores when its claims must reach it. */
export interface CurvePoint {
  threshold: number;
  supplies: Counts;
  competes: Counts;
}

/** The seed the folds are dealt with unless told otherwise. */
export const FOLD_SEED = 20261206;

/** Fold of each article id: ids sorted, shuffled with a fixed seed, dealt out in turn. */
export function foldsOf(ids: readonly string[], k: number, seed = FOLD_SEED): Map<string, number> {
  const order = [...ids].sort();
  const next = prng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return new Map(order.map((id, i) => [id, i % k]));
}

const THRESHOLDS = Array.from({ length: 15 }, (_, i) => Math.round((0.2 + i * 0.05) * 100) / 100);

const subset = (corpus: Corpus, keep: (id: string) => boolean): Corpus => ({ ...corpus, articles: corpus.articles.filter((a) => keep(a.id)) });

export function crossValidate(corpus: Corpus, pairs: readonly LabelledPair[], always: readonly WeightedSet[], g: Gazetteer, settings: TrainSettings, k: number, log: (s: string) => void, seed?: number) {
  const fold = foldsOf(corpus.articles.map((a) => a.id), k, seed);
  const models: RelationModel[] = [];
  for (let f = 0; f < k; f++) {
    const t0 = Date.now();
    models.push(modelFromFile(fitModel([{ pairs: pairs.filter((p) => fold.get(p.articleId) !== f), weight: 1 }, ...always], EVEN, settings)));
    log(`fold ${f + 1}/${k}: fitted without its ${corpus.articles.filter((a) => fold.get(a.id) === f).length} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  /** Every fold scored by the model fitted without it, at the given thresholds. */
  const scoreAt = (thresholds: Thresholds): CorpusScore => {
    const predictions = new Map<string, PredictionLine>();
    for (let f = 0; f < k; f++) {
      const held = subset(corpus, (id) => fold.get(id) === f);
      for (const [id, p] of predictCorpus(held, createExtractor(g, { ...models[f], thresholds })).predictions) predictions.set(id, p);
    }
    return scoreCorpus(corpus, predictions);
  };
  // The types are scored apart, so one run at each threshold gives both types' curves.
  const curve: CurvePoint[] = THRESHOLDS.map((threshold) => {
    const { counts } = scoreAt({ SUPPLIES: threshold, COMPETES_WITH: threshold });
    return { threshold, supplies: counts.supplies, competes: counts.competes };
  });
  return { curve, scoreAt };
}

/** Precision and recall averaged over the dealings, F1 from those means; `counts` picks what each dealing scores. */
export function meanOver(curves: readonly (readonly CurvePoint[])[], counts: (curve: readonly CurvePoint[]) => Counts): Prf {
  const each = curves.map((curve) => prf(counts(curve)));
  const precision = each.reduce((a, m) => a + m.precision, 0) / each.length;
  const recall = each.reduce((a, m) => a + m.recall, 0) / each.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** All relations, supply claims held to the threshold at index `s` of the curve and rivalry claims to the one at `c`. */
export const both = (s: number, c: number) => (curve: readonly CurvePoint[]): Counts => addCounts({ ...curve[s].supplies }, curve[c].competes);

/** F1 closer than this is a tie: far below the spread between dealings of the folds. */
export const F1_TIE = 0.005;

/**
 * A threshold for each type: the pair with the best F1 over all relations among those whose precision
 * reaches `minPrecision` on the mean of the dealings (else the most precise pair); of pairs whose F1 ties
 * with the best (within F1_TIE), the most precise.
 */
export function chooseThresholds(curves: readonly (readonly CurvePoint[])[], minPrecision: number): Thresholds {
  const pairs = curves[0].flatMap((_, s) => curves[0].map((__, c) => ({ s, c, m: meanOver(curves, both(s, c)) })));
  const surest = (list: typeof pairs) => list.reduce((a, x) => (x.m.precision > a.m.precision ? x : a));
  const precise = pairs.filter((x) => x.m.precision >= minPrecision);
  const bestF1 = Math.max(...precise.map((x) => x.m.f1));
  const { s, c } = precise.length ? surest(precise.filter((x) => x.m.f1 >= bestF1 - F1_TIE)) : surest(pairs);
  return { SUPPLIES: curves[0][s].threshold, COMPETES_WITH: curves[0][c].threshold };
}
