import { z } from 'zod';
import type { RelationshipView } from '../../graph/read/views.js';
import { parse } from '../args.js';
import type { ApiContext } from '../context.js';

export const Relationship = {
  // source and target come with the edge row; evidence is batched over all edges in the response.
  evidence(rel: RelationshipView, raw: unknown, ctx: ApiContext) {
    const a = parse(z.object({ first: z.number().int().min(0).max(100).nullish() }), raw);
    return ctx.loaders.evidence.load({ id: rel.id, args: a.first ?? 10 });
  },
};
