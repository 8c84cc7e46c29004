import type { RelationType } from '../graph/read/graph-view.js';

// The ingest pipeline as the API sees it. It is passed in through createApp so that api/ never
// imports extract/ (the entry point wires src/ingest/pipeline.ts ingestArticles here).

export interface ArticleInput {
  id: string;
  text: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}

export interface IngestEdge {
  type: RelationType;
  sourceId: string;
  targetId: string;
  created: boolean;
}

export interface IngestResultView {
  id: string;
  status: 'new' | 'updated' | 'unchanged' | 'failed';
  error?: string | null;
  edges: IngestEdge[];
}

export interface IngestReportView {
  results: IngestResultView[];
  counts: unknown;
}

export type IngestFn = (articles: ArticleInput[]) => Promise<IngestReportView>;
