// What to export, as the HTTP query string (/export/graph.gexf?company=nvidia&depth=2) and the
// CLI flags (--company nvidia --depth 2) both give it: strings in, checked options out.

import { z } from 'zod';
import { relationTypes } from '../extract/types.js';

const relationType = z.enum(relationTypes);
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const int = (min: number, max: number) => z.preprocess(blank, z.coerce.number().int().min(min).max(max).optional());

/** "2024-02-30" parses in JavaScript (as 1 March); refuse it. */
function isRealDate(v: string): boolean {
  const [y, m, d] = v.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d && !Number.isNaN(Date.parse(v));
}

export const exportLimits = { depth: 3, companyLimit: 1000, wholeLimit: 20_000, defaultCompanyLimit: 500, defaultWholeLimit: 2000 } as const;

// strict: an unknown key ("minconfidence") is refused rather than silently ignored.
export const exportParams = z
  .strictObject({
    company: z.preprocess(blank, z.string().trim().min(1).max(200).optional()),
    depth: int(1, exportLimits.depth),
    /** "SUPPLIES,OFFERS" or repeated. */
    types: z.preprocess(
      (v) => (blank(v) === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).map((s) => s.trim().toUpperCase()).filter(Boolean)),
      z.array(relationType).optional(),
    ),
    minConfidence: z.preprocess(blank, z.coerce.number().min(0).max(1).optional()),
    /** A date (2024-03-01, the start of that day UTC) or a date-time with a zone. */
    since: z.preprocess(
      blank,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'expected a date (2024-03-01) or an ISO date-time with a zone')
        .refine(isRealDate, 'not a real date')
        .transform((v) => (v.length === 10 ? `${v}T00:00:00Z` : v))
        .optional(),
    ),
    limit: int(1, exportLimits.wholeLimit),
  })
  .refine((p) => p.company === undefined || p.limit === undefined || p.limit <= exportLimits.companyLimit, {
    message: `limit is at most ${exportLimits.companyLimit} around one company`,
    path: ['limit'],
  })
  .refine((p) => p.company !== undefined || p.depth === undefined, { message: 'depth needs a company', path: ['depth'] });

export type ExportParams = z.output<typeof exportParams>;

/** Query string → params (a repeated key gives a list). */
export function paramsFromSearch(search: URLSearchParams): z.ZodSafeParseResult<ExportParams> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    raw[key] = all.length === 1 ? all[0] : all;
  }
  return exportParams.safeParse(raw);
}

/** "types: Invalid option…; since: expected a date…" */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'parameters'}: ${i.message}`).join('; ');
}
