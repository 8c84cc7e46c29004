import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import type { RelationshipView } from '../../graph/read/views.js';
import { NotFoundError } from '../../errors.js';
import { id, parse, relationType } from '../args.js';
import type { ApiContext } from '../context.js';

const args = z.object({ companyId: id, types: z.array(relationType).max(3).nullish() });

/** relationshipDiscovered(companyId, types): each new or newly supported edge touching the company. */
export const relationshipDiscovered = {
  async subscribe(_: unknown, raw: unknown, ctx: ApiContext) {
    const a = parse(args, raw);
    // An id that names no company would hold a stream open for events that never come.
    if (!(await ctx.loaders.company.load(a.companyId))) throw new NotFoundError(`No company with id "${a.companyId}"`);
    const types = a.types && a.types.length > 0 ? a.types : undefined;
    return pipe(
      ctx.pubSub.subscribe('relationshipDiscovered', a.companyId),
      filter((rel: RelationshipView) => types === undefined || types.includes(rel.type)),
    );
  },
  resolve: (rel: RelationshipView) => rel,
};
