// When a relationship held, derived from its dated claims: pure, no database. A claim is dated by its article
// (publishedAt, else the time it was ingested). The rules, applied to the claims oldest first:
// - a claim that the relation holds (or is ending) opens a period when none is open;
// - the newest claim decides: a later "holds" without a stated end drops an end an earlier claim announced;
// - a stated end date (`until`: "through 2032", "will end in January 2026") closes the period on that date,
//   once that date has passed (before the next claim, or before `now`);
// - a claim that it ended closes the open period on its date (or on its stated end date, when earlier);
//   when nothing was open yet, the period it closes has no known start (from = null);
// - a later claim that it holds again opens a new period.
// The result depends on the set of claims only, never on the order they were ingested in.

export type ClaimStatus = 'current' | 'ending' | 'ended';
export type EdgeStatus = 'ACTIVE' | 'ENDING' | 'ENDED';

export interface DatedClaim {
  /** Assertion id. */
  id: string;
  /** ISO date-time the claim was made (its article's publishedAt, else ingestedAt). */
  at: string;
  status: ClaimStatus;
  /** Stated end: YYYY, YYYY-MM or YYYY-MM-DD, the last year, month or day the relation runs. */
  until: string | null;
}

export interface Period {
  /** ISO date-time; null when the relation is only known from a claim that it ended. */
  from: string | null;
  /** ISO date-time (exclusive); null while it holds with no known end. */
  to: string | null;
  /** Assertion ids of the claims that opened and closed the period (null when none did). */
  openedBy: string | null;
  closedBy: string | null;
}

export interface Lifecycle {
  status: EdgeStatus;
  /** The latest period's bounds. */
  validFrom: string | null;
  validTo: string | null;
  periods: Period[];
}

const rank: Record<ClaimStatus, number> = { current: 0, ending: 1, ended: 2 };

/** The moment a stated end date is over: "2032" → 2033-01-01, "2026-01" → 2026-02-01, "2026-01-15" → 2026-01-16. */
export function endOfUntil(until: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(until);
  if (!m) throw new Error(`until must be YYYY, YYYY-MM or YYYY-MM-DD, got "${until}"`);
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const end = mo === undefined ? Date.UTC(y + 1, 0, 1) : d === undefined ? Date.UTC(y, mo, 1) : Date.UTC(y, mo - 1, d + 1);
  return iso(end);
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const time = (s: string) => Date.parse(s);

export function lifecycleOf(claims: readonly DatedClaim[], now: string): Lifecycle {
  if (claims.length === 0) throw new Error('lifecycleOf: an edge has at least one claim');
  const sorted = [...claims].sort((a, b) => time(a.at) - time(b.at) || rank[a.status] - rank[b.status] || a.id.localeCompare(b.id));
  const periods: Period[] = [];
  let open: { from: string; openedBy: string; end: string | null; endBy: string | null } | null = null;
  const closeAtStatedEnd = (before: string) => {
    if (open?.end && time(open.end) <= time(before)) {
      periods.push({ from: open.from, to: open.end, openedBy: open.openedBy, closedBy: open.endBy });
      open = null;
    }
  };
  for (const c of sorted) {
    closeAtStatedEnd(c.at);
    const stated = c.until ? endOfUntil(c.until) : null;
    if (c.status === 'ended') {
      const end = stated && time(stated) < time(c.at) ? stated : c.at;
      if (open) periods.push({ from: open.from, to: time(end) < time(open.from) ? open.from : end, openedBy: open.openedBy, closedBy: c.id });
      else if (periods.length === 0) periods.push({ from: null, to: end, openedBy: null, closedBy: c.id });
      open = null;
      continue;
    }
    open ??= { from: c.at, openedBy: c.id, end: null, endBy: null };
    // The newest claim decides: an end it states replaces an earlier one; "holds" with none drops it.
    const future = stated && time(stated) > time(c.at) ? stated : null;
    if (future || c.status === 'current') {
      open.end = future;
      open.endBy = future ? c.id : null;
    }
  }
  closeAtStatedEnd(now);
  const last = sorted.at(-1)!;
  let status: EdgeStatus = 'ENDED';
  if (open) {
    const o = open as { from: string; openedBy: string; end: string | null; endBy: string | null };
    periods.push({ from: o.from, to: o.end, openedBy: o.openedBy, closedBy: o.endBy });
    status = last.status === 'ending' ? 'ENDING' : 'ACTIVE';
  }
  const latest = periods.at(-1)!;
  return { status, validFrom: latest.from, validTo: latest.to, periods };
}
