import { z } from 'zod';
import { id, parse } from '../args.js';
import type { ApiContext } from '../context.js';

/** relationship(id: "SUPPLIES:tsmc:nvidia"); an id that is not an edge id finds nothing. */
export async function relationship(_: unknown, args: unknown, ctx: ApiContext) {
  const a = parse(z.object({ id }), args);
  return (await ctx.loaders.relationship.load(a.id)) ?? null;
}
