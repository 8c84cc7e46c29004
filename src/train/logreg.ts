// Multinomial logistic regression with L2, fitted by full-batch Adam: small, deterministic (same
// data in the same order gives the same weights, bit for bit) and fast on sparse binary features.

export interface Instance {
  /** Indices of the active (binary) features. */
  x: readonly number[];
  /** Class index. */
  y: number;
  /** How much the instance counts (e.g. less for another domain). */
  weight: number;
}

export interface FitOptions {
  classes: number;
  features: number;
  /** L2 penalty, per unit of instance weight. */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Per feature, a factor on the L2 penalty (0 leaves it unpenalised, e.g. the bias). */
  penalty: Float64Array;
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Weights as one array: feature f, class c at f * classes + c. */
export function fit(data: readonly Instance[], o: FitOptions): Float64Array {
  const K = o.classes;
  const w = new Float64Array(o.features * K);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const grad = new Float64Array(w.length);
  const total = data.reduce((a, d) => a + d.weight, 0) || 1;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const z = new Array<number>(K);
  for (let t = 1; t <= o.iterations; t++) {
    grad.fill(0);
    for (const d of data) {
      z.fill(0);
      for (const f of d.x) for (let c = 0; c < K; c++) z[c] += w[f * K + c];
      const p = softmax(z);
      for (let c = 0; c < K; c++) {
        const g = (d.weight * (p[c] - (c === d.y ? 1 : 0))) / total;
        if (g !== 0) for (const f of d.x) grad[f * K + c] += g;
      }
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i] + (o.l2 * o.penalty[Math.floor(i / K)] * w[i]) / total;
      m[i] = b1 * m[i] + (1 - b1) * g;
      v[i] = b2 * v[i] + (1 - b2) * g * g;
      w[i] -= (o.learningRate * (m[i] / (1 - b1 ** t))) / (Math.sqrt(v[i] / (1 - b2 ** t)) + eps);
    }
  }
  return w;
}

/** Class probabilities of one instance under fitted weights. */
export function predict(w: Float64Array, K: number, x: readonly number[]): number[] {
  const z = new Array<number>(K).fill(0);
  for (const f of x) for (let c = 0; c < K; c++) z[c] += w[f * K + c];
  return softmax(z);
}
