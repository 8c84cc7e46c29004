import { createHash } from 'node:crypto';
import type { Article } from '../extract/types.js';
import type { ArticleRecord } from '../graph/write/index.js';
import { bands, simhash } from './simhash.js';

// The stored form of an article: dates as ISO date-times, its text, the extractor version that read it,
// and a hash of everything the article says, so that ingesting the same content again is recognised as
// unchanged and skipped (unless another extractor version reads it).

export function contentHash(a: Article): string {
  const fields = [a.text, a.title ?? null, a.url ?? null, a.source ?? null, isoDate(a.publishedAt)];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The article's id, else its URL, else a hash of its text. */
export function articleId(a: Article): string {
  const id = typeof a.id === 'string' ? a.id.trim() : '';
  return id || a.url?.trim() || `sha256:${createHash('sha256').update(a.text).digest('hex').slice(0, 32)}`;
}

export function toRecord(a: Article, extractor: string): ArticleRecord {
  const hash = simhash(a.text);
  return {
    id: articleId(a),
    url: a.url ?? null,
    title: a.title ?? null,
    source: a.source ?? null,
    publishedAt: isoDate(a.publishedAt),
    contentHash: contentHash(a),
    text: a.text,
    extractor,
    simhash: hash,
    simBands: bands(hash),
  };
}
