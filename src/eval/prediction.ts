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
}

/**
 * OFFERS is left out (product owners are not scored) and so are hedged claims
 * ("is no longer a supplier"): the gold never holds ended or hypothetical relations.
 */
export function toPrediction(extraction: Extraction): Prediction {
  return {
    id: extraction.articleId,
    companies: extraction.companies.map((c) => ({ name: c.name, aliases: [...c.aliases] })),
    products: extraction.products.map((p) => ({ name: p.name, aliases: [...p.aliases], owner: p.owner })),
    relations: extraction.relations.flatMap((r) =>
      r.type === 'OFFERS' || r.hedged === true
        ? []
        : [{ type: r.type, source: r.source, target: r.target, evidence: r.sentence, confidence: r.confidence, rule: r.rule, features: r.features ?? [] }],
    ),
  };
}
