import { z } from 'zod';
import { ForbiddenError } from '../../errors.js';
import { edgeId } from '../../graph/read/graph-view.js';
import { parse } from '../args.js';
import type { ApiContext } from '../context.js';

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

export async function ingestArticles(_: unknown, raw: unknown, ctx: ApiContext) {
  const a = parse(args, raw);
  if (!ctx.ingest) throw new ForbiddenError('Ingest is not available on this server');
  // Subscribers hear of the edges from the live-edge poller (live-edges.ts), as for any other writer.
  const report = await ctx.ingest(a.articles);
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
