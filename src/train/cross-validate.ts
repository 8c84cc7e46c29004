// k-fold cross-validation by article: each fold's articles are scored by a model fitted without
// them, with the full extractor and the corpus scorer, so the figure is the one unseen news gets.
import type { Corpus } from '../eval/corpus.js';
import { prng } from '../random.js';
import { predictCorpus, scoreCorpus } from '../eval/run.js';
import type { PredictionLine } from '../eval/schema.js';
import type { CorpusScore } from '../eval/score.js';
import { createExtractor } from '../extract/extract.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { modelFromFile, type RelationModel } from '../extract/model.js';
import type { LabelledPair } from './dataset.js';
import { fitModel, type TrainSettings, type WeightedSet } from './fit-model.js';

export interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
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
    models.push(modelFromFile(fitModel([{ pairs: pairs.filter((p) => fold.get(p.articleId) !== f), weight: 1 }, ...always], 0.5, settings)));
    log(`fold ${f + 1}/${k}: fitted without its ${corpus.articles.filter((a) => fold.get(a.id) === f).length} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  /** Every fold scored by the model fitted without it, at one threshold. */
  const scoreAt = (threshold: number): CorpusScore => {
    const predictions = new Map<string, PredictionLine>();
    for (let f = 0; f < k; f++) {
      const held = subset(corpus, (id) => fold.get(id) === f);
      for (const [id, p] of predictCorpus(held, createExtractor(g, { ...models[f], threshold })).predictions) predictions.set(id, p);
    }
    return scoreCorpus(corpus, predictions);
  };
  const curve: CurvePoint[] = THRESHOLDS.map((threshold) => ({ threshold, ...scoreAt(threshold).metrics.relations }));
  return { curve, scoreAt };
}

/** The threshold with the best F1 among those whose precision reaches `minPrecision` (else the most precise). */
export function chooseThreshold(curve: readonly CurvePoint[], minPrecision: number): number {
  const ok = curve.filter((p) => p.precision >= minPrecision);
  if (ok.length === 0) return [...curve].sort((a, b) => b.precision - a.precision)[0].threshold;
  return ok.reduce((best, p) => (p.f1 > best.f1 ? p : best)).threshold;
}

/** The mean of curves measured at the same thresholds; F1 from the mean precision and recall. */
export function meanCurve(curves: readonly (readonly CurvePoint[])[]): CurvePoint[] {
  return curves[0].map((p, i) => {
    const mean = (key: 'precision' | 'recall'): number => curves.reduce((a, c) => a + c[i][key], 0) / curves.length;
    const [precision, recall] = [mean('precision'), mean('recall')];
    return { threshold: p.threshold, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
}
