import { z } from 'zod';
import type { PeriodView } from '../../graph/read/lifecycle.js';
import type { RelationshipView } from '../../graph/read/views.js';
import { parse } from '../args.js';
import type { ApiContext } from '../context.js';

/** A relationship's confidence is a noisy-or of claims: 4 decimals say all it knows (0.9754, not 0.9753999999999999). */
export const confidence = (edge: { confidence: number }): number => Math.round(edge.confidence * 1e4) / 1e4;

export const Relationship = {
  confidence,
  // source and target come with the edge row; evidence is batched over all edges in the response.
  evidence(rel: RelationshipView, raw: unknown, ctx: ApiContext) {
    const a = parse(z.object({ first: z.number().int().min(0).max(100).nullish() }), raw);
    return ctx.loaders.evidence.load({ id: rel.id, args: a.first ?? 10 });
  },
};

// A period names the claims that opened and closed it; their sentences are read only when asked for, batched.
export const Period = {
  opening: (p: PeriodView, _: unknown, ctx: ApiContext) => (p.openedBy ? ctx.loaders.assertion.load(p.openedBy) : null),
  closing: (p: PeriodView, _: unknown, ctx: ApiContext) => (p.closedBy ? ctx.loaders.assertion.load(p.closedBy) : null),
};
