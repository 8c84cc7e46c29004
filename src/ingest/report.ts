import type { RelationType } from '../graph/write/index.js';

// What an ingest run did, article by article, and in total. The GraphQL `ingestArticles` mutation returns
// it and publishes `edges` to subscribers; the CLI prints it.

export interface IngestEdge {
  type: RelationType;
  sourceId: string;
  targetId: string;
  /** True when this run created the edge (the first evidence for it). */
  created: boolean;
}

export interface IngestResult {
  id: string;
  /** Where the article came from: "file.jsonl:12". */
  source?: string;
  status: 'new' | 'updated' | 'unchanged' | 'failed';
  error?: string;
  /** Feeds (IngestOptions.sameStory): the stored article this one is a copy of; it was not stored. */
  duplicateOf?: string;
  edges: IngestEdge[];
}

export interface IngestCounts {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  companiesCreated: number;
  productsCreated: number;
  edgesCreated: number;
}

export interface IngestTimings {
  totalMs: number;
  /** Time inside extract(), summed over worker threads. */
  extractMs: number;
  /** Time in write transactions (the writer is one thread). */
  writeMs: number;
  /** Relationships written: assertion links, mentions, alias links and derived edges. */
  relationshipWrites: number;
  batches: number;
}

export interface IngestReport {
  results: IngestResult[];
  counts: IngestCounts;
  timings?: IngestTimings;
}

export interface IngestProgress {
  done: number;
  failed: number;
  /** The article just finished. */
  last: IngestResult;
}

export function emptyCounts(): IngestCounts {
  return { new: 0, updated: 0, unchanged: 0, failed: 0, companiesCreated: 0, productsCreated: 0, edgesCreated: 0 };
}

export function formatSummary(c: IngestCounts): string {
  return (
    `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed articles; ` +
    `${c.companiesCreated} companies, ${c.productsCreated} products and ${c.edgesCreated} edges created`
  );
}
