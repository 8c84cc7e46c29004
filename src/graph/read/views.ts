import type { NodeKind, RelationType } from './graph-view.js';
import type { LifecycleView } from './lifecycle.js';

// Rows the read functions return: plain objects the GraphQL resolvers hand out as they are.
// Datetimes are ISO strings (the gateway converts them).

export interface EntityView {
  kind: NodeKind;
  id: string;
  name: string;
  aliases: string[];
  mentionCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  createdAt: string | null;
}

/** With its status on the day asked (now by default), its latest validity and its periods (see lifecycle.ts). */
export interface RelationshipView extends LifecycleView {
  /** `TYPE:sourceSlug:targetSlug`, see graph-view.ts edgeId. */
  id: string;
  type: RelationType;
  source: EntityView;
  target: EntityView;
  confidence: number;
  evidenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  createdAt: string | null;
}

export interface ArticleView {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
}

/** Null for articles stored before newsgraph kept them. */
export interface ArticleText {
  text: string | null;
  /** Version of the extractor that read the article. */
  extractor: string | null;
}

export interface EvidenceView {
  sentence: string;
  rule: string;
  /** The features that weighed most, strongest first; empty for claims stored without them. */
  features: string[];
  confidence: number;
  /** Null: the claim says the relation holds; 'ending' or 'ended' otherwise. */
  status: 'ending' | 'ended' | null;
  amount: number | null;
  currency: string | null;
  until: string | null;
  article: ArticleView;
}

/** One page of a list plus the size of the whole list. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Offset paging as the read functions take it; the API turns cursors into these. */
export interface Window {
  skip: number;
  limit: number;
}
