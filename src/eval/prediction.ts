// An Extraction as a prediction line (../shared/eval/FORMAT.md "Predictions"): the shape of a
// gold line, so any scorer can check this extractor.
import type { Extraction } from '../extract/types.js';
import type { ScoredRelationType } from './schema.js';

export interface PredictedRelation {
  type: ScoredRelationType;
  source: string;
  target: string;
  evidence: string;
  confidence: number;
  rule: string;
  /** The features that weighed most, strongest first (empty when the extractor named none). */
  features: string[];
}

export interface Prediction {
  id: string;
  companies: { name: string; aliases: string[] }[];
  products: { name: string; aliases: string[]; owner: string | null }[];
  relations: PredictedRelation[];
  /** Relations read as ended or ending. An `ending` one still holds and is in `relations` too. */
  ended: { type: ScoredRelationType; source: string; target: string; status: 'ended' | 'ending'; evidence: string }[];
}

/**
 * OFFERS is left out (product owners are not scored) and so are hedged claims ("might buy from"):
 * the gold never holds denied or hypothetical relations. A claim that a relation has ended goes to
 * `ended` only; one that it is ending to both lists, as it still holds.
 */
export function toPrediction(extraction: Extraction): Prediction {
  const scored = extraction.relations.filter((r) => r.type !== 'OFFERS' && r.hedged !== true);
  const key = (r: { type: string; source: string; target: string }) => [r.type, ...(r.type === 'COMPETES_WITH' ? [r.source, r.target].sort() : [r.source, r.target])].join('\u0000');
  // An article that says a relation has ended does not also state it as current.
  const over = new Set(scored.filter((r) => r.status === 'ended').map(key));
  return {
    id: extraction.articleId,
    companies: extraction.companies.map((c) => ({ name: c.name, aliases: [...c.aliases] })),
    products: extraction.products.map((p) => ({ name: p.name, aliases: [...p.aliases], owner: p.owner })),
    relations: scored
      .filter((r) => !over.has(key(r)))
      .map((r) => ({ type: r.type as ScoredRelationType, source: r.source, target: r.target, evidence: r.sentence, confidence: r.confidence, rule: r.rule, features: r.features ?? [] })),
    ended: scored
      .filter((r) => r.status !== undefined)
      .map((r) => ({ type: r.type as ScoredRelationType, source: r.source, target: r.target, status: r.status!, evidence: r.sentence })),
  };
}
