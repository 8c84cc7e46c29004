import type { GraphClient } from '../graph/neo4j-client.js';
import { storedArticles } from '../graph/read/stored-articles.js';
import { type IngestOptions, ingestArticles } from './pipeline.js';
import type { ReadArticle } from './readers/index.js';
import type { IngestReport } from './report.js';

// Reads the stored news again, from each article's stored text, through the normal pipeline: an article that
// another extractor version read is extracted again and reported `updated`, its claims replaced and the edges
// they supported recomputed in the same transaction, as for any update; one this extractor already read is
// `unchanged`, so running it twice (or again after an interruption) does nothing more. Articles stored before
// newsgraph kept the text cannot be read again and are reported as skipped.

export interface SkippedArticle {
  id: string;
  reason: string;
}

export interface ReextractReport extends IngestReport {
  skipped: SkippedArticle[];
}

export const NO_STORED_TEXT = 'stored before newsgraph kept article text: ingest it again from its source to re-read it';

export async function reextractArticles(client: GraphClient, options: IngestOptions = {}): Promise<ReextractReport> {
  const skipped: SkippedArticle[] = [];
  async function* readable(): AsyncGenerator<ReadArticle> {
    for await (const a of storedArticles(client)) {
      if (a.text === null) skipped.push({ id: a.id, reason: NO_STORED_TEXT });
      else yield { id: a.id, text: a.text, title: a.title, url: a.url, source: a.source, publishedAt: a.publishedAt, origin: `article ${a.id}` };
    }
  }
  const report = await ingestArticles(client, readable(), options);
  return { ...report, skipped };
}
