import { z } from 'zod';
import type { EntityView } from '../../graph/read/views.js';
import { connectionArgs, parse, windowOf } from '../args.js';
import { connection } from '../connection.js';
import type { ApiContext } from '../context.js';

export const Product = {
  aliases: (p: EntityView) => p.aliases ?? [],
  mentionCount: (p: EntityView) => p.mentionCount ?? 0,
  async offeredBy(product: EntityView, raw: unknown, ctx: ApiContext) {
    const window = windowOf(parse(z.object(connectionArgs), raw));
    const page = await ctx.loaders.offersOfProduct.load({ id: product.id, args: window });
    return connection(page.items, page.total, window);
  },
};
