// The fitted relation model: multinomial logistic regression over named features, read from
// data/relation-model.json (written by `npm run train`). Classes: no relation, a supplies b,
// b supplies a, a and b compete — where a is the mention written first.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLASSES = ['none', 'supplies-ab', 'supplies-ba', 'competes'] as const;
export type RelationClass = (typeof CLASSES)[number];

/** How likely a relation of each type must be for the article to state it. */
export type Thresholds = Readonly<Record<'SUPPLIES' | 'COMPETES_WITH', number>>;

export interface RelationModel {
  /** Weight vectors by feature name, one number per class. */
  weights: ReadonlyMap<string, readonly number[]>;
  /** Chosen by cross-validation, one a type: the model is surer of rivalry than of supply at equal probability. */
  thresholds: Thresholds;
}

/** The model file: what `npm run train` writes and the extractor reads. */
export interface ModelFile {
  classes: readonly string[];
  thresholds: Thresholds;
  /** How the model was fitted: corpora, counts, settings (informational). */
  trained: Record<string, unknown>;
  weights: Record<string, number[]>;
}

export function modelFromFile(file: ModelFile): RelationModel {
  if (file.classes.join() !== CLASSES.join()) throw new Error(`relation model: classes ${file.classes.join()} are not ${CLASSES.join()}`);
  const { SUPPLIES, COMPETES_WITH } = file.thresholds ?? {};
  if (![SUPPLIES, COMPETES_WITH].every((t) => typeof t === 'number' && t >= 0 && t <= 1)) throw new Error('relation model: thresholds for SUPPLIES and COMPETES_WITH between 0 and 1 are missing');
  return { weights: new Map(Object.entries(file.weights)), thresholds: { SUPPLIES, COMPETES_WITH } };
}

const MODEL_FILE = fileURLToPath(new URL('./data/relation-model.json', import.meta.url));

export function loadDefaultModel(): RelationModel {
  return modelFromFile(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile);
}

/** Class probabilities (softmax of the summed weights of the active features). */
export function probabilities(model: RelationModel, features: readonly string[]): number[] {
  const z = CLASSES.map(() => 0);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < z.length; c++) z[c] += w[c];
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The features that pushed hardest towards `cls` rather than no relation, strongest first. */
export function explain(model: RelationModel, features: readonly string[], cls: number, n = 5): string[] {
  return features
    .map((f) => {
      const w = model.weights.get(f);
      return { f, v: (w?.[cls] ?? 0) - (w?.[0] ?? 0) };
    })
    .filter((x) => x.v > 0 && x.f !== 'bias')
    .sort((x, y) => y.v - x.v || (x.f < y.f ? -1 : 1))
    .slice(0, n)
    .map((x) => x.f);
}
