import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { windowParams } from './params.js';
import type { EntityView, Page, Window } from './views.js';

const q = loadQueries(['list-products-of-companies', 'list-timeline-of-companies'] as const);

/** One page of the products each company offers: one query for all the companies. */
export async function productsOfCompanies(client: GraphClient, ids: readonly string[], window: Window): Promise<Map<string, Page<EntityView>>> {
  const rows = await client.read<{ id: string; total: number; page: EntityView[] }>(q['list-products-of-companies'], {
    ids: [...new Set(ids)],
    ...windowParams(window),
  });
  return new Map(rows.map((r) => [r.id, { total: r.total, items: r.page }]));
}

export type Interval = 'WEEK' | 'MONTH';

export interface TimelineBucket {
  /** Start of the week (Monday) or month, ISO datetime. */
  start: string;
  mentions: number;
  newRelationships: number;
}

/** Mentions and first-seen relationships per week or month, oldest first, for each company. */
export async function timelineOfCompanies(client: GraphClient, ids: readonly string[], interval: Interval): Promise<Map<string, TimelineBucket[]>> {
  const rows = await client.read<{ id: string; buckets: TimelineBucket[] }>(q['list-timeline-of-companies'], {
    ids: [...new Set(ids)],
    unit: interval === 'WEEK' ? 'week' : 'month',
  });
  return new Map(rows.map((r) => [r.id, r.buckets]));
}
