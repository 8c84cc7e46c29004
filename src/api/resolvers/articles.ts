import { z } from 'zod';
import { countArticles, listArticles } from '../../graph/read/articles.js';
import { connectionArgs, isoDateTime, parse, windowOf } from '../args.js';
import { connectionOfProbe, probe } from '../connection.js';
import type { ApiContext } from '../context.js';

const args = z.object({ since: isoDateTime.nullish(), ...connectionArgs });

export async function articles(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(args, raw);
  const window = windowOf(a);
  const rows = await listArticles(ctx.client, a.since ?? null, probe(window));
  return connectionOfProbe(rows, window, () => countArticles(ctx.client, a.since ?? null));
}
