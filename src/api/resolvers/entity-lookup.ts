import { z } from 'zod';
import { findEntityByName, type EntityKind } from '../../graph/read/entities.js';
import type { EntityView } from '../../graph/read/views.js';
import { id, parse } from '../args.js';
import type { ApiContext } from '../context.js';

const byIdOrName = z
  .object({ id: id.nullish(), name: z.string().trim().min(1).max(300).nullish() })
  .refine((a) => (a.id == null) !== (a.name == null), { message: 'give exactly one of id and name' });

/** company(id | name) and product(id | name): by id through the loader, by name through aliases. */
export async function lookupEntity(kind: EntityKind, args: unknown, ctx: ApiContext): Promise<EntityView | null> {
  const a = parse(byIdOrName, args);
  if (a.id != null) return (await (kind === 'COMPANY' ? ctx.loaders.company : ctx.loaders.product).load(a.id)) ?? null;
  return (await findEntityByName(ctx.client, kind, a.name!)) ?? null;
}
