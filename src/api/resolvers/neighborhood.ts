import { z } from 'zod';
import { neighborhood as readNeighborhood } from '../../graph/read/neighborhood.js';
import { confidence, id, isoDateTime, lifecycleArgs, lifecycleFilter, parse, relationType } from '../args.js';
import type { ApiContext } from '../context.js';

const args = z.object({
  id,
  depth: z.number().int().min(0).max(3).nullish(),
  types: z.array(relationType).max(3).nullish(),
  minConfidence: confidence.nullish(),
  since: isoDateTime.nullish(),
  ...lifecycleArgs,
  limit: z.number().int().min(1).max(1000).nullish(),
});

export async function neighborhood(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(args, raw);
  return readNeighborhood(ctx.client, { ...a, depth: a.depth ?? 1, lifecycle: lifecycleFilter(a) });
}
