import type { Window } from '../views.js';
import type { EdgeFilter } from './edge-filter.js';

// What one nested read fetches: the shape of a GraphQL selection over companies and their
// relationship connections, with nothing GraphQL left in it. build.ts turns a plan into one Cypher
// statement; src/api/nested-plan.ts makes plans from selections.
//   company { name suppliers(first: 5) { edges { node { confidence source { name } } } } }
//   → { fields: [name], connections: { suppliers: { type: SUPPLIES, direction: IN, window: 0/5,
//         edges: { fields: [confidence], source: { fields: [name] }, target: { fields: [] } } } } }

/** Company properties a plan may ask for; `id` is always read (edge ids and the other company fields need it). */
export const entityFields = ['id', 'name', 'aliases', 'mentionCount', 'firstSeen', 'lastSeen', 'createdAt'] as const;
export type EntityField = (typeof entityFields)[number];

/** Relationship properties; `type` and both ends' ids are always read (the edge id needs them). */
export const edgeFields = ['confidence', 'evidenceCount', 'firstSeen', 'lastSeen', 'createdAt'] as const;
export type EdgeField = (typeof edgeFields)[number];

/** Which side of the edge the parent company is: suppliers are IN (supplier → company), customers OUT, competitors BOTH. */
export type Direction = 'IN' | 'OUT' | 'BOTH';
export type CompanyRelation = 'SUPPLIES' | 'COMPETES_WITH';

export interface EntityPlan {
  fields: Set<EntityField>;
  /** By response key (the alias, or the field name). */
  connections: Map<string, ConnectionPlan>;
}

export interface ConnectionPlan {
  type: CompanyRelation;
  direction: Direction;
  filters: EdgeFilter[];
  /** The day the edges' status is read on (ISO date-time; null: now). */
  asOf: string | null;
  window: Window;
  /** totalCount was asked for. */
  total: boolean;
  /** The page was asked for (edges or pageInfo); without it only the count is read. */
  page: boolean;
  edge: EdgePlan;
}

/** Relationship fields read from its lifecycle (status on the day, validity, periods, last change). */
export const lifecycleFields = ['status', 'validFrom', 'validTo', 'periods', 'change'] as const;

export interface EdgePlan {
  fields: Set<EdgeField>;
  /** A lifecycle field was asked for. */
  lifecycle: boolean;
  source: EntityPlan;
  target: EntityPlan;
}

export const emptyEntityPlan = (): EntityPlan => ({ fields: new Set(), connections: new Map() });
export const emptyEdgePlan = (): EdgePlan => ({ fields: new Set(), lifecycle: false, source: emptyEntityPlan(), target: emptyEntityPlan() });

/**
 * The most rows one company's read under this plan walks past: each page's skipped and kept edges (and the
 * one that says "more"), with the ends' own pages under them. A statement's work grows with it.
 */
export function rowsOf(plan: EntityPlan): number {
  let rows = 1;
  for (const c of plan.connections.values()) {
    if (c.page) rows += (c.window.skip + c.window.limit + 1) * (rowsOf(c.edge.source) + rowsOf(c.edge.target));
  }
  return rows;
}
