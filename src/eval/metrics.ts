// Counts and precision/recall/F1, micro-averaged: counts are summed over articles first.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** `ended` counts the relations said to have ended or to be ending, apart from `relations`. */
export const categories = ['companies', 'products', 'supplies', 'competes', 'relations', 'ended'] as const;
export type Category = (typeof categories)[number];

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

/**
 * Empty denominators: a ratio with nothing to divide is 1 only when there is nothing at all
 * (no gold and no prediction: nothing missed, nothing wrong). Otherwise it is 0: predicting
 * nothing against a non-empty gold earns precision 0, not a free 1, and predicting anything
 * against an empty gold earns recall 0. F1 is 0 when precision + recall is 0.
 */
export function prf({ tp, fp, fn }: Counts): Prf {
  const empty = tp + fp + fn === 0;
  const precision = tp + fp > 0 ? tp / (tp + fp) : empty ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : empty ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
