import { fileURLToPath } from 'node:url';
import type { GraphClient } from '../graph/neo4j-client.js';
import { hasArticles } from '../graph/write/index.js';
import { type IngestOptions, ingestArticles } from './pipeline.js';
import { readInputs } from './readers/index.js';
import type { IngestReport } from './report.js';

// The bundled example corpus (examples/articles.jsonl), ingested by `npm start` on an empty database
// so that a newcomer sees a real graph at once.

export const examplesPath = fileURLToPath(new URL('../../examples/articles.jsonl', import.meta.url));

/** Ingests the examples when no article is stored yet; undefined when the database already has articles. */
export async function ingestExamplesIfEmpty(client: GraphClient, options: IngestOptions = {}): Promise<IngestReport | undefined> {
  if (await hasArticles(client)) return undefined;
  return ingestArticles(client, readInputs([examplesPath]), { workers: 0, ...options });
}
