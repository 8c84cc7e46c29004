import { z } from 'zod';
import { countEntities, listEntities, searchEntities, type EntityKind } from '../../graph/read/entities.js';
import { connectionArgs, parse, windowOf } from '../args.js';
import { connection, connectionOfProbe, probe } from '../connection.js';
import type { ApiContext } from '../context.js';

const listArgs = z.object({
  search: z.string().trim().max(200).nullish(),
  orderBy: z.enum(['RELEVANCE', 'NAME', 'MENTIONS', 'LAST_SEEN', 'FIRST_SEEN']).nullish(),
  ...connectionArgs,
});

/** companies(...) and products(...): a full-text search when `search` is given, else the whole list in order. */
export async function listEntityConnection(kind: EntityKind, args: unknown, ctx: ApiContext) {
  const a = parse(listArgs, args);
  const window = windowOf(a);
  if (a.search) {
    // Search answers are ranked by relevance; orderBy applies to the plain list.
    const page = await searchEntities(ctx.client, kind, a.search, window);
    return connection(page.items, page.total, window);
  }
  const orderBy = a.orderBy && a.orderBy !== 'RELEVANCE' ? a.orderBy : 'NAME';
  const rows = await listEntities(ctx.client, kind, orderBy, probe(window));
  return connectionOfProbe(rows, window, () => countEntities(ctx.client, kind));
}
