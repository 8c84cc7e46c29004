import type { GraphClient } from '../neo4j-client.js';
import { type GraphView, parseEdgeId } from './graph-view.js';
import { evidenceOfRelationships, type EdgeKey } from './relationships.js';

/** One claim behind an edge, as evidence.csv writes it. */
export interface EvidenceRow {
  edgeId: string;
  sentence: string;
  rule: string;
  confidence: number;
  articleId: string;
  url: string | null;
  /** The article's publishedAt, null when it has none. */
  date: string | null;
}

/** Every claim behind the view's edges: edge by edge in the view's order, each edge's strongest first. */
export async function exportEvidence(client: GraphClient, view: Pick<GraphView, 'edges'>): Promise<EvidenceRow[]> {
  const keys = view.edges.map((e) => parseEdgeId(e.id)).filter((k): k is EdgeKey => k !== undefined);
  if (keys.length === 0) return [];
  // evidenceCount is the number of an edge's assertions, so the most any edge has lets all of them through.
  const most = view.edges.reduce((max, e) => Math.max(max, e.evidenceCount), 1);
  const byEdge = await evidenceOfRelationships(client, keys, most);
  return view.edges.flatMap((edge) =>
    (byEdge.get(edge.id) ?? []).map((ev) => ({
      edgeId: edge.id,
      sentence: ev.sentence,
      rule: ev.rule,
      confidence: ev.confidence,
      articleId: ev.article.id,
      url: ev.article.url,
      date: ev.article.publishedAt,
    })),
  );
}
