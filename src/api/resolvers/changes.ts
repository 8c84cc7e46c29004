import { z } from 'zod';
import { changesSince } from '../../graph/read/changes.js';
import { isoDateTime, pageMax, parse } from '../args.js';
import type { ApiContext } from '../context.js';

const args = z.object({ since: isoDateTime, first: z.number().int().min(1).max(pageMax).nullish() });

/** changes(since): companies and relationships created since, newest first. */
export async function changes(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(args, raw);
  return { since: a.since, ...(await changesSince(ctx.client, a.since, a.first ?? pageMax)) };
}
