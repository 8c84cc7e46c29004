import { fileURLToPath } from 'node:url';
import { loadQueries } from '../graph/cypher.js';
import type { GraphClient } from '../graph/neo4j-client.js';
import { type IngestOptions, ingestArticles } from './pipeline.js';
import { readInputs } from './readers/index.js';
import type { IngestReport } from './report.js';

// The bundled example corpus (examples/articles.jsonl), ingested by `npm start` on an empty database
// so that a newcomer sees a real graph at once.

const q = loadQueries(['lookup-any-article'] as const);

export const examplesPath = fileURLToPath(new URL('../../examples/articles.jsonl', import.meta.url));

/** Ingests the examples when no article is stored yet; undefined when the database already has articles. */
export async function ingestExamplesIfEmpty(client: GraphClient, options: IngestOptions = {}): Promise<IngestReport | undefined> {
  if ((await client.read(q['lookup-any-article'])).length > 0) return undefined;
  return ingestArticles(client, readInputs([examplesPath]), { workers: 0, ...options });
}
