// Relationship status over time as the reads take and return it. The status on a day is computed in ONE place,
// cypher/fragments/status-at.cypher: a statement filters with `{{status-at r}} IN $statuses` and returns
// `lifecycle: {{lifecycle r}}`, passing lifecycleParams(filter) as parameters.

export const relationshipStatuses = ['ACTIVE', 'ENDING', 'ENDED'] as const;
export type RelationshipStatus = (typeof relationshipStatuses)[number];

export type RelationshipChange = 'NEW' | 'STRENGTHENED' | 'ENDED' | 'REOPENED';

export interface LifecycleFilter {
  /** ISO date-time: the graph as it stood then; null or absent: now. */
  asOf?: string | null;
  /** Only edges with one of these statuses on that day; null or absent: ACTIVE and ENDING. */
  statuses?: readonly RelationshipStatus[] | null;
}

export const currentStatuses: readonly RelationshipStatus[] = ['ACTIVE', 'ENDING'];

/** The $asOf and $statuses parameters of every statement that uses fragments/status-at.cypher. */
export function lifecycleParams(f: LifecycleFilter = {}): { asOf: string | null; statuses: RelationshipStatus[] } {
  return { asOf: f.asOf ?? null, statuses: [...(f.statuses && f.statuses.length > 0 ? f.statuses : currentStatuses)] };
}

/** Every status, on the day asked (exports, subscriptions, lookups by id). */
export const anyStatus = (asOf: string | null = null) => ({ asOf, statuses: [...relationshipStatuses] });

export interface PeriodView {
  /** Null: known only from a claim that it ended. */
  from: string | null;
  /** Null: still open, with no end known. */
  to: string | null;
  /** Assertion ids of the claims that opened and closed it. */
  openedBy: string | null;
  closedBy: string | null;
}

export interface LifecycleView {
  status: RelationshipStatus;
  validFrom: string | null;
  validTo: string | null;
  periods: PeriodView[];
  change: RelationshipChange | null;
}

/** The map fragments/lifecycle.cypher returns. */
export interface LifecycleRow {
  status: RelationshipStatus | null;
  validFrom: string | null;
  validTo: string | null;
  change: RelationshipChange | null;
  periodFrom: string[] | null;
  periodTo: string[] | null;
  openedBy: string[] | null;
  closedBy: string[] | null;
  firstSeen: string | null;
}

// The bounds write/recompute-lifecycle.ts stores for "unknown start" and "open".
const UNKNOWN_START = /^0001-01-01T/;
const OPEN_END = /^9999-12-31T/;

export function lifecycleOfRow(l: LifecycleRow): LifecycleView {
  // OFFERS edges and edges stored before newsgraph tracked lifecycles have no periods: they hold from their
  // first sighting (fragments/status-at.cypher), and the exports span them first … last seen.
  const periods: PeriodView[] = l.periodFrom
    ? l.periodFrom.map((from, i) => ({
        from: UNKNOWN_START.test(from) ? null : from,
        to: OPEN_END.test(l.periodTo![i]!) ? null : l.periodTo![i]!,
        openedBy: l.openedBy?.[i] || null,
        closedBy: l.closedBy?.[i] || null,
      }))
    : [];
  return {
    status: l.status ?? 'ACTIVE',
    validFrom: l.periodFrom ? l.validFrom : l.firstSeen,
    validTo: l.validTo,
    periods,
    change: l.change,
  };
}
