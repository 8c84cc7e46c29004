import { z } from 'zod';
import { supplyChain as readSupplyChain } from '../../graph/read/supply-chain.js';
import { id, lifecycleArgs, lifecycleFilter, parse } from '../args.js';
import type { ApiContext } from '../context.js';

const args = z.object({
  id,
  direction: z.enum(['UPSTREAM', 'DOWNSTREAM']),
  depth: z.number().int().min(1).max(4).nullish(),
  ...lifecycleArgs,
});

export async function supplyChain(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(args, raw);
  return readSupplyChain(ctx.client, { ...a, depth: a.depth ?? 2, lifecycle: lifecycleFilter(a) });
}
