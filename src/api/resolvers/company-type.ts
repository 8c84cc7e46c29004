import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { NestedEntity } from '../../graph/read/nested/read.js';
import type { EntityView } from '../../graph/read/views.js';
import { connectionArgs, parse, windowOf } from '../args.js';
import { connection } from '../connection.js';
import type { ApiContext } from '../context.js';

// Company fields. The relationship connections come from nested reads (nested-reads.ts): read with the
// company, or for all the companies of the response in one statement. The other lists go through
// per-request loaders, so a page of companies asking for their products costs one query, not one per company.

const pageArgs = z.object(connectionArgs);

const edges = (company: NestedEntity, _raw: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => ctx.nested.connection(company, info);

export const Company = {
  aliases: (c: EntityView) => c.aliases ?? [],
  mentionCount: (c: EntityView) => c.mentionCount ?? 0,
  suppliers: edges,
  customers: edges,
  competitors: edges,
  async products(company: EntityView, raw: unknown, ctx: ApiContext) {
    const window = windowOf(parse(pageArgs, raw));
    const page = await ctx.loaders.productsOfCompany.load({ id: company.id, args: window });
    return connection(page.items, page.total, window);
  },
  async articles(company: EntityView, raw: unknown, ctx: ApiContext) {
    const window = windowOf(parse(pageArgs, raw));
    const page = await ctx.loaders.articlesOfCompany.load({ id: company.id, args: window });
    return connection(page.items, page.total, window);
  },
  timeline(company: EntityView, raw: unknown, ctx: ApiContext) {
    const a = parse(z.object({ interval: z.enum(['WEEK', 'MONTH']).nullish() }), raw);
    return ctx.loaders.timeline.load({ id: company.id, args: a.interval ?? 'MONTH' });
  },
};
