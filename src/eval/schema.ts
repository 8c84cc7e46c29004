// Line shapes of a corpus (../shared/eval/FORMAT.md): articles.jsonl, gold.jsonl and prediction
// files. Unknown keys are kept out of the way but allowed ("coreRelation" in core-train).
import { z } from 'zod';

const optionalText = z.string().nullish();

export const articleLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: optionalText,
  url: optionalText,
  source: optionalText,
  publishedAt: optionalText,
});

const entity = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});

const product = entity.extend({ owner: z.string().nullish().transform((o) => o ?? null) });

/** The relation types scored; OFFERS may appear in a prediction and is ignored there. */
export const scoredRelationType = z.enum(['SUPPLIES', 'COMPETES_WITH']);
export type ScoredRelationType = z.infer<typeof scoredRelationType>;

const goldRelation = z.object({
  type: scoredRelationType,
  source: z.string().min(1),
  target: z.string().min(1),
  evidence: z.string().default(''),
});

/** A relation the article says has ended or is ending (FORMAT.md `ended`); status is not scored. */
const endedRelation = z.object({
  type: scoredRelationType,
  source: z.string().min(1),
  target: z.string().min(1),
  status: z.enum(['ended', 'ending']).default('ended'),
  evidence: z.string().default(''),
});

export const goldLine = z.object({
  id: z.string().min(1),
  scope: z.enum(['full', 'pair']).default('full'),
  companies: z.array(entity).default([]),
  products: z.array(product).default([]),
  relations: z.array(goldRelation).default([]),
  ended: z.array(endedRelation).default([]),
});

const predictedRelation = z.object({
  type: z.enum(['SUPPLIES', 'COMPETES_WITH', 'OFFERS']),
  source: z.string().min(1),
  target: z.string().min(1),
  evidence: z.string().default(''),
  confidence: z.number().nullish(),
  rule: z.string().nullish(),
  features: z.array(z.string()).nullish(),
});

export const predictionLine = z.object({
  id: z.string().min(1),
  companies: z.array(entity).default([]),
  products: z.array(product).default([]),
  relations: z.array(predictedRelation).default([]),
  ended: z.array(endedRelation).default([]),
});

export type ArticleLine = z.infer<typeof articleLine>;
export type GoldLine = z.infer<typeof goldLine>;
export type PredictionLine = z.infer<typeof predictionLine>;
export type PredictionLineInput = z.input<typeof predictionLine>;
