import { z } from 'zod';
import type { EntityView } from '../../graph/read/views.js';
import { confidence, connectionArgs, isoDateTime, lifecycleArgs, lifecycleFilter, parse, windowOf } from '../args.js';
import { connection } from '../connection.js';
import type { ApiContext } from '../context.js';
import type { RelationshipListArgs } from '../loaders.js';

// Company fields. Every list goes through a per-request loader, so a page of companies asking for
// their suppliers costs one query, not one per company.

const edgeArgs = z.object({ minConfidence: confidence.nullish(), since: isoDateTime.nullish(), ...lifecycleArgs, ...connectionArgs });
const pageArgs = z.object(connectionArgs);

function edges(type: RelationshipListArgs['type'], direction: RelationshipListArgs['direction']) {
  return async (company: EntityView, raw: unknown, ctx: ApiContext) => {
    const a = parse(edgeArgs, raw);
    const window = windowOf(a);
    const filter = { minConfidence: a.minConfidence ?? 0, since: a.since ?? null, lifecycle: lifecycleFilter(a) };
    const page = await ctx.loaders.relationshipsOfCompany.load({ id: company.id, args: { type, direction, filter, window } });
    return connection(page.items, page.total, window);
  };
}

export const Company = {
  aliases: (c: EntityView) => c.aliases ?? [],
  mentionCount: (c: EntityView) => c.mentionCount ?? 0,
  // Supplier → company edges: the company is the target.
  suppliers: edges('SUPPLIES', 'IN'),
  customers: edges('SUPPLIES', 'OUT'),
  competitors: edges('COMPETES_WITH', 'BOTH'),
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
