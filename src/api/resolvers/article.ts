import { z } from 'zod';
import { id, parse } from '../args.js';
import type { ApiContext } from '../context.js';

export async function article(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(z.object({ id }), raw);
  return (await ctx.loaders.article.load(a.id)) ?? null;
}
