// The GraphQL documents the page sends, with the shapes of their answers.

import type { RelationshipStatus, RelationType } from './view-state.js';

export interface GraphNode {
  id: string;
  label: string;
  kind: 'COMPANY' | 'PRODUCT';
  properties: { mentionCount?: number; firstSeen?: string | null; lastSeen?: string | null; aliases?: string[] } | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  confidence: number;
  evidenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  status: RelationshipStatus;
  validFrom: string | null;
  validTo: string | null;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

const graphFields = `nodes { id label kind properties } edges { id source target type confidence evidenceCount firstSeen lastSeen status validFrom validTo } truncated`;

export const statsQuery = `query Stats { stats { articles companies products } }`;
export interface StatsResult {
  stats: { articles: number; companies: number; products: number };
}

export const suggestQuery = `query Suggest($search: String!, $first: Int) {
  companies(search: $search, first: $first) { edges { node { id name aliases } } }
}`;
export interface SuggestResult {
  companies: { edges: { node: Suggestion }[] };
}
export interface Suggestion {
  id: string;
  name: string;
  aliases: string[];
}

export const companyQuery = `query Company($id: ID) { company(id: $id) { id name } }`;
export interface CompanyResult {
  company: { id: string; name: string } | null;
}

export const neighborhoodQuery = `query Neighborhood($id: ID!, $depth: Int, $types: [RelationType!], $minConfidence: Float, $since: DateTime,
    $asOf: DateTime, $status: [RelationshipStatus!]) {
  neighborhood(id: $id, depth: $depth, types: $types, minConfidence: $minConfidence, since: $since, asOf: $asOf, status: $status) { ${graphFields} }
}`;
export interface NeighborhoodResult {
  neighborhood: Graph;
}

export const pathQuery = `query Path($from: ID!, $to: ID!, $types: [RelationType!], $asOf: DateTime, $status: [RelationshipStatus!]) {
  path(from: $from, to: $to, types: $types, asOf: $asOf, status: $status) { ${graphFields} }
}`;
export interface PathResult {
  path: Graph;
}

const evidenceFields = 'sentence rule confidence status amount currency until article { title url source publishedAt }';

export const relationshipQuery = `query Relationship($id: ID!) {
  relationship(id: $id) {
    id type confidence evidenceCount firstSeen lastSeen status validFrom validTo
    source { id name aliases }
    target { id name aliases }
    periods { from to opening { ${evidenceFields} } closing { ${evidenceFields} } }
    evidence(first: 20) { ${evidenceFields} }
  }
}`;
export interface Evidence {
  sentence: string;
  rule: string;
  confidence: number;
  /** What the sentence says: null, it holds; "ending" or "ended". */
  status: 'ending' | 'ended' | null;
  amount: number | null;
  currency: string | null;
  until: string | null;
  article: { title: string | null; url: string | null; source: string | null; publishedAt: string | null };
}
export interface Relationship {
  id: string;
  type: RelationType;
  confidence: number;
  evidenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  status: RelationshipStatus;
  validFrom: string | null;
  validTo: string | null;
  source: { id: string; name: string; aliases: string[] };
  target: { id: string; name: string; aliases: string[] };
  periods: Period[];
  evidence: Evidence[];
}
export interface Period {
  from: string | null;
  to: string | null;
  opening: Evidence | null;
  closing: Evidence | null;
}
export interface RelationshipResult {
  relationship: Relationship | null;
}
