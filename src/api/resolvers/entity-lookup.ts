import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import { findEntityByName, type EntityKind } from '../../graph/read/entities.js';
import type { NestedEntity } from '../../graph/read/nested/read.js';
import { id, parse } from '../args.js';
import type { ApiContext } from '../context.js';

const byIdOrName = z
  .object({ id: id.nullish(), name: z.string().trim().min(1).max(300).nullish() })
  .refine((a) => (a.id == null) !== (a.name == null), { message: 'give exactly one of id and name' });

/** company(id | name) and product(id | name): a product by id through the loader, by name through aliases. */
export async function lookupEntity(kind: EntityKind, args: unknown, ctx: ApiContext, info: GraphQLResolveInfo): Promise<NestedEntity | null> {
  const a = parse(byIdOrName, args);
  // A company, by id or by name, is read with its nested connections in one statement (nested-reads.ts).
  if (kind === 'COMPANY') return a.id != null ? ctx.nested.company(a.id, info) : ctx.nested.companyByName(a.name!, info);
  if (a.id != null) return (await ctx.loaders.product.load(a.id)) ?? null;
  return (await findEntityByName(ctx.client, kind, a.name!)) ?? null;
}
