import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { relationTypes } from '../graph/read/graph-view.js';
import { type LifecycleFilter, relationshipStatuses } from '../graph/read/lifecycle.js';
import type { Window } from '../graph/read/views.js';

// Arguments are parsed with zod; a failure becomes BAD_USER_INPUT carrying the zod issues.

export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code }));
  throw new InvalidInputError(issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; '), issues);
}

export const pageDefault = 25;
export const pageMax = 100;

/** Cursors are opaque: base64url of "o:<offset>", the offset of the next item. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

const cursor = z.string().transform((value, ctx) => {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) {
    ctx.addIssue({ code: 'custom', message: 'not a cursor this API gave out' });
    return z.NEVER;
  }
  return Number(match[1]);
});

export const connectionArgs = {
  first: z.number().int().min(0).max(pageMax, `at most ${pageMax} per page`).nullish(),
  after: cursor.nullish(),
};

/** first/after → the offset window; one extra row is asked for by lists that have no total. */
export function windowOf(args: { first?: number | null; after?: number | null }): Window {
  return { skip: args.after ?? 0, limit: args.first ?? pageDefault };
}

export const relationType = z.enum(relationTypes);
export const confidence = z.number().min(0).max(1);
/** DateTime arguments arrive as ISO strings (the scalar already checked them). */
export const isoDateTime = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'expected an ISO-8601 date-time');
export const id = z.string().trim().min(1, 'must not be empty').max(200);

/** asOf and status, as the relationship lists and pictures take them. */
export const lifecycleArgs = {
  asOf: isoDateTime.nullish(),
  status: z.array(z.enum(relationshipStatuses)).max(3).nullish(),
};

export function lifecycleFilter(a: { asOf?: string | null; status?: LifecycleFilter['statuses'] }): LifecycleFilter {
  return { asOf: a.asOf ?? null, statuses: a.status ?? null };
}
