import { z } from 'zod';
import { ForbiddenError } from '../../errors.js';
import { edgeId } from '../../graph/read/graph-view.js';
import { getRelationships } from '../../graph/read/relationships.js';
import { parse } from '../args.js';
import type { ApiContext } from '../context.js';
import type { IngestEdge, IngestReportView } from '../ingest.js';

const optionalText = (max: number) => z.string().max(max).nullish();

const articleInput = z.object({
  id: z.string().trim().min(1).max(200),
  text: z.string().min(1).max(200_000),
  title: optionalText(1_000),
  url: optionalText(2_000),
  source: optionalText(200),
  publishedAt: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), 'expected an ISO-8601 date or date-time')
    .nullish(),
});

const args = z.object({ articles: z.array(articleInput).min(1).max(100, 'at most 100 articles per request') });

/** Tells subscribers of either company about every edge the ingest created or supported again. */
async function publishDiscovered(ctx: ApiContext, report: IngestReportView): Promise<void> {
  const keys = new Map<string, { type: IngestEdge['type']; source: string; target: string }>();
  for (const r of report.results) {
    if (r.status === 'failed' || r.status === 'unchanged') continue;
    for (const e of r.edges) keys.set(edgeId(e.type, e.sourceId, e.targetId), { type: e.type, source: e.sourceId, target: e.targetId });
  }
  if (keys.size === 0) return;
  const rels = await getRelationships(ctx.client, [...keys.values()]);
  for (const rel of rels.values()) {
    ctx.pubSub.publish('relationshipDiscovered', rel.source.id, rel);
    if (rel.target.kind === 'COMPANY' && rel.target.id !== rel.source.id) ctx.pubSub.publish('relationshipDiscovered', rel.target.id, rel);
  }
}

export async function ingestArticles(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(args, raw);
  if (!ctx.ingest) throw new ForbiddenError('Ingest is not available on this server');
  const report = await ctx.ingest(a.articles);
  try {
    await publishDiscovered(ctx, report);
  } catch (error) {
    // The ingest itself succeeded; a missed live event must not turn it into an error.
    ctx.logger.warn('could not publish discovered relationships', error);
  }
  return {
    counts: report.counts,
    results: report.results.map((r) => ({
      id: r.id,
      status: r.status,
      error: r.error ?? null,
      edges: r.edges.map((e) => ({ ...e, id: edgeId(e.type, e.sourceId, e.targetId) })),
    })),
  };
}
