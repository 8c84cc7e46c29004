import { z } from 'zod';
import { shortestPaths } from '../../graph/read/path.js';
import { id, lifecycleArgs, lifecycleFilter, parse, relationType } from '../args.js';
import type { ApiContext } from '../context.js';

const args = z.object({
  from: id,
  to: id,
  maxHops: z.number().int().min(1).max(6).nullish(),
  types: z.array(relationType).max(3).nullish(),
  ...lifecycleArgs,
});

export async function path(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(args, raw);
  return shortestPaths(ctx.client, { ...a, maxHops: a.maxHops ?? 4, lifecycle: lifecycleFilter(a) });
}
