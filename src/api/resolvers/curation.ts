import { z } from 'zod';
import { getEntities } from '../../graph/read/entities.js';
import { addAlias as add, mergeCompanies as merge, removeAlias as remove, type CurationResult } from '../../graph/write/curation.js';
import { id, parse } from '../args.js';
import type { ApiContext } from '../context.js';

// Curation: hand corrections to entity resolution. Each leaves a (:Curation) audit record; `by` says it came through the API.
const curator = 'api';
const aliasArgs = z.object({ entityId: id, alias: z.string().trim().min(1).max(300) });

async function withEntity(ctx: ApiContext, result: CurationResult) {
  const companies = await getEntities(ctx.client, 'COMPANY', [result.entityId]);
  const entity = companies.get(result.entityId) ?? (await getEntities(ctx.client, 'PRODUCT', [result.entityId])).get(result.entityId);
  return { curationId: result.curationId, at: result.at, entity: entity ?? null };
}

export async function mergeCompanies(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(z.object({ source: id, target: id }), raw);
  return withEntity(ctx, await merge(ctx.client, a.source, a.target, curator));
}

export async function addAlias(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(aliasArgs, raw);
  return withEntity(ctx, await add(ctx.client, a.entityId, a.alias, curator));
}

export async function removeAlias(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(aliasArgs, raw);
  return withEntity(ctx, await remove(ctx.client, a.entityId, a.alias, curator));
}
