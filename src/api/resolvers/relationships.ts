import { z } from 'zod';
import { relationTypes } from '../../graph/read/graph-view.js';
import { countRelationships, listRelationships } from '../../graph/read/relationships.js';
import { confidence, connectionArgs, isoDateTime, lifecycleArgs, lifecycleFilter, parse, relationType, windowOf } from '../args.js';
import { connectionOfProbe, probe } from '../connection.js';
import type { ApiContext } from '../context.js';

const args = z.object({
  type: relationType.nullish(),
  types: z.array(relationType).max(3).nullish(),
  minConfidence: confidence.nullish(),
  since: isoDateTime.nullish(),
  ...lifecycleArgs,
  ...connectionArgs,
});

/** relationships(type | types, minConfidence, since, asOf, status, first, after) over the whole graph, strongest first. */
export async function relationships(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(args, raw);
  const types = a.type ? [a.type] : a.types && a.types.length > 0 ? a.types : [...relationTypes];
  const filter = { types, minConfidence: a.minConfidence ?? 0, since: a.since ?? null, lifecycle: lifecycleFilter(a) };
  const window = windowOf(a);
  const rows = await listRelationships(ctx.client, filter, probe(window));
  return connectionOfProbe(rows, window, () => countRelationships(ctx.client, filter));
}
