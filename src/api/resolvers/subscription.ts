import { filter, pipe } from 'graphql-yoga';
import { z } from 'zod';
import type { RelationshipView } from '../../graph/read/views.js';
import { id, parse, relationType } from '../args.js';
import type { ApiContext } from '../context.js';

const args = z.object({ companyId: id, types: z.array(relationType).max(3).nullish() });

/** relationshipDiscovered(companyId, types): each new or newly supported edge touching the company. */
export const relationshipDiscovered = {
  subscribe(_: unknown, raw: unknown, ctx: ApiContext) {
    const a = parse(args, raw);
    const types = a.types && a.types.length > 0 ? a.types : undefined;
    return pipe(
      ctx.pubSub.subscribe('relationshipDiscovered', a.companyId),
      filter((rel: RelationshipView) => types === undefined || types.includes(rel.type)),
    );
  },
  resolve: (rel: RelationshipView) => rel,
};
