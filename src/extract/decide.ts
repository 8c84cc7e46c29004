// From a candidate pair's features to a possible claim: the model's most likely relation and its
// probability (claims.ts decides which claims an article makes). The claim keeps the rule that
// agreed with the model (or "model"), the features that weighed most, and how the sentence says
// the relation stands: ending, ended, or hedged (denied or hypothetical; rules/status.ts).
import type { ExtractedRelation, RelationType } from './types.js';
import type { PairCandidate } from './pairs.js';
import type { TemplateToken } from './features.js';
import { explain, probabilities, type RelationModel } from './model.js';
import { blocked } from './rules/hedges.js';
import { readStatus } from './rules/status.js';

/** Below this a sentence says too little to count, even towards what other sentences say. */
const MIN_PROBABILITY = 0.1;

export type Decision = Pick<ExtractedRelation, 'type' | 'source' | 'target' | 'confidence' | 'rule' | 'features' | 'hedged' | 'status'>;

/** The words from three before the first mention to the second: where a hedge applies to the pair. */
function span(p: PairCandidate, tokens: readonly TemplateToken[]): string {
  const a = tokens.findIndex((x) => x.slot === p.slotA);
  const b = p.sameList ? a : tokens.findIndex((x) => x.slot === p.slotB);
  return tokens.slice(Math.max(0, a - 3), b + 1).map((x) => x.text).join(' ');
}

export function decide(model: RelationModel, p: PairCandidate, features: readonly string[], hits: readonly ExtractedRelation[], tokens: readonly TemplateToken[]): Decision | undefined {
  const probs = probabilities(model, features);
  let cls = 1;
  for (let c = 2; c < probs.length; c++) if (probs[c] > probs[cls]) cls = c;
  if (probs[cls] < MIN_PROBABILITY) return undefined;
  const words = span(p, tokens);
  const type: RelationType = cls === 3 ? 'COMPETES_WITH' : 'SUPPLIES';
  // Bids, stakes, buybacks and lawsuits are never supply, whatever else the words suggest (merging
  // rivals still compete).
  if (type === 'SUPPLIES' && blocked(words)) return undefined;
  // A rule that read the same relation also knows its direction from the sentence's syntax.
  const agree = hits.filter((h) => h.type === type && [h.source, h.target].sort().join() === [p.a, p.b].sort().join());
  const [source, target] = agree.length === 1 && type === 'SUPPLIES' ? [agree[0].source, agree[0].target] : cls === 2 ? [p.b, p.a] : [p.a, p.b];
  const rule = agree.find((h) => h.source === source || type === 'COMPETES_WITH');
  const first = tokens.findIndex((x) => x.slot === p.slotA);
  const reading = readStatus(tokens, first, p.sameList ? first : tokens.findIndex((x) => x.slot === p.slotB), type);
  const confidence = Math.round(probs[cls] * 100) / 100;
  return {
    type, source, target, rule: rule?.rule ?? 'model', features: explain(model, features, cls),
    confidence,
    ...(reading === 'hedged' ? { hedged: true } : reading ? { status: reading } : {}),
  };
}
