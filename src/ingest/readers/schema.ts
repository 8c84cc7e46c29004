import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ReadArticle } from './types.js';

// What an article must look like (../shared/eval/FORMAT.md articles, with `id` optional for ingest).
// Without an id an article is known by its URL, else by a hash of its text, so re-reading it is idempotent.

const optionalText = z
  .string()
  .nullish()
  .transform((s) => (s == null || s.trim() === '' ? null : s.trim()));

export const articleInput = z.object({
  id: z.union([z.string(), z.number().int()]).nullish().transform((v) => (v == null || String(v).trim() === '' ? null : String(v).trim())),
  text: z.string({ error: (i) => (i.input === undefined ? 'missing "text"' : '"text" must be a string') })
    .refine((t) => t.trim() !== '', { message: '"text" is empty' }),
  title: optionalText,
  url: optionalText,
  source: optionalText,
  publishedAt: optionalText.refine((d) => d === null || !Number.isNaN(Date.parse(d)), {
    message: '"publishedAt" is not a date (expected ISO 8601, e.g. 2025-03-14 or 2025-03-14T09:30:00Z)',
  }),
});

export type ArticleInput = z.input<typeof articleInput>;

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Validates one parsed value; returns the article or the reason it was refused. */
export function toArticle(value: unknown, origin: string): ReadArticle | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `expected an article object {"id", "text", ...}, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const parsed = articleInput.safeParse(value);
  if (!parsed.success) {
    const field = (i: z.core.$ZodIssue) => (i.path.length && !i.message.includes(`"${i.path.join('.')}"`) ? `"${i.path.join('.')}": ` : '');
    return { error: parsed.error.issues.map((i) => `${field(i)}${i.message}`).join('; ') };
  }
  const a = parsed.data;
  const id = a.id ?? a.url ?? `sha256:${textHash(a.text).slice(0, 32)}`;
  return { id, text: a.text, title: a.title, url: a.url, source: a.source, publishedAt: a.publishedAt, origin };
}
