// What the page shows, kept in the query string so a view can be shared and reloads the same:
//   /?company=nvidia&types=SUPPLIES,OFFERS&minConfidence=0.5&since=2024-01-01&expand=tsmc
//   /?mode=path&from=nvidia&to=samsung
//   /?company=contoso&asOf=2024-06-01&ended=hide   (the graph as it stood that day, ended relationships left out)
// Pure: no DOM, unit-tested.

export type RelationType = 'SUPPLIES' | 'COMPETES_WITH' | 'OFFERS';
export const relationTypes: readonly RelationType[] = ['SUPPLIES', 'COMPETES_WITH', 'OFFERS'];

export interface ViewState {
  mode: 'neighborhood' | 'path';
  /** Neighbourhood mode: the company (or `product:` node) in the middle. */
  company: string | null;
  /** Nodes whose neighbours were merged in by clicking them, in click order. */
  expand: string[];
  /** Path mode: the two ends. */
  from: string | null;
  to: string | null;
  /** Relationship types drawn; all three when none is unticked. */
  types: RelationType[];
  minConfidence: number;
  /** YYYY-MM-DD: only relationships seen on or after that day. */
  since: string | null;
  /** YYYY-MM-DD: the graph as it stood that day (the date slider); null: now. */
  asOf: string | null;
  /** Leave out relationships that had ended by then (drawn dashed and grey otherwise). */
  hideEnded: boolean;
}

export const emptyState: ViewState = {
  mode: 'neighborhood',
  company: null,
  expand: [],
  from: null,
  to: null,
  types: [...relationTypes],
  minConfidence: 0,
  since: null,
  asOf: null,
  hideEnded: false,
};

const day = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: string | null) => (v !== null && v.trim() !== '' ? v.trim() : null);
const list = (v: string | null) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Reads a query string ("?company=…" or the URLSearchParams); anything malformed falls back to the default. */
export function parseViewState(search: string | URLSearchParams): ViewState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const types = list(p.get('types')).filter((t): t is RelationType => (relationTypes as readonly string[]).includes(t));
  const confidence = Number(p.get('minConfidence'));
  const since = text(p.get('since'));
  const asOf = text(p.get('asOf'));
  const isDay = (v: string | null): v is string => v !== null && day.test(v) && !Number.isNaN(Date.parse(v));
  return {
    mode: p.get('mode') === 'path' ? 'path' : 'neighborhood',
    company: text(p.get('company')),
    expand: [...new Set(list(p.get('expand')))],
    from: text(p.get('from')),
    to: text(p.get('to')),
    types: p.has('types') && types.length > 0 ? relationTypes.filter((t) => types.includes(t)) : [...relationTypes],
    minConfidence: Number.isFinite(confidence) && confidence > 0 && confidence <= 1 ? confidence : 0,
    since: isDay(since) ? since : null,
    asOf: isDay(asOf) ? asOf : null,
    hideEnded: p.get('ended') === 'hide',
  };
}

/** The query string for a state ("" for the empty page), default values left out, in a fixed order. */
export function formatViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.mode === 'path') {
    p.set('mode', 'path');
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
  } else {
    if (s.company) p.set('company', s.company);
    if (s.company && s.expand.length > 0) p.set('expand', s.expand.join(','));
  }
  if (s.types.length > 0 && s.types.length < relationTypes.length) p.set('types', s.types.join(','));
  if (s.minConfidence > 0) p.set('minConfidence', String(s.minConfidence));
  if (s.since) p.set('since', s.since);
  if (s.asOf) p.set('asOf', s.asOf);
  if (s.hideEnded) p.set('ended', 'hide');
  // Commas and colons are fine in a query string and keep the URL readable (expand=tsmc,product:h100).
  const query = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query === '' ? '' : `?${query}`;
}

export type RelationshipStatus = 'ACTIVE' | 'ENDING' | 'ENDED';

export interface FilterArgs {
  types: RelationType[];
  minConfidence: number | null;
  since: string | null;
  asOf: string | null;
  status: RelationshipStatus[];
}

/** The GraphQL filter arguments for a state. `since` and `asOf` become the start of that day, UTC. */
export function filterArgs(s: ViewState): FilterArgs {
  return {
    types: s.types.length > 0 ? s.types : [...relationTypes],
    minConfidence: s.minConfidence > 0 ? s.minConfidence : null,
    since: s.since ? `${s.since}T00:00:00Z` : null,
    asOf: s.asOf ? `${s.asOf}T00:00:00Z` : null,
    status: s.hideEnded ? ['ACTIVE', 'ENDING'] : ['ACTIVE', 'ENDING', 'ENDED'],
  };
}

/** The /export/* query string for what the page shows: the company's neighbourhood (or the whole graph) with the same filters. */
export function exportQuery(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.mode === 'neighborhood' && s.company) p.set('company', s.company);
  if (s.types.length > 0 && s.types.length < relationTypes.length) p.set('types', s.types.join(','));
  if (s.minConfidence > 0) p.set('minConfidence', String(s.minConfidence));
  if (s.since) p.set('since', s.since);
  const query = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query === '' ? '' : `?${query}`;
}
