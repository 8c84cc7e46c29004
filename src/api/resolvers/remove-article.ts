import { z } from 'zod';
import { removeArticle as remove } from '../../graph/write/remove-article.js';
import { id, parse } from '../args.js';
import type { ApiContext } from '../context.js';

export async function removeArticle(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(z.object({ id }), raw);
  return remove(ctx.client, a.id);
}
