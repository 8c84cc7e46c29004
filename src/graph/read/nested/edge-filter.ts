// What keeps an edge on a hop of a nested read: a Cypher condition on the relationship variable plus
// its parameters. Every hop of a compiled read (build.ts) ANDs the filters it is given, so a new kind of
// filter (an edge valid at a date, a status) is written once here and works at every depth.
//   minConfidence(0.6) on hop 2 → `r2.confidence >= $h2_minConfidence` with { h2_minConfidence: 0.6 }

export interface EdgeFilter {
  /** Distinguishes filters in the statement's cache key; the same name means the same Cypher text. */
  readonly name: string;
  /** A boolean Cypher expression over the relationship variable `r`; parameters are named through `param`. */
  readonly cypher: (r: string, param: (name: string) => string) => string;
  readonly params: Readonly<Record<string, unknown>>;
}

export function minConfidence(value: number): EdgeFilter {
  return { name: 'minConfidence', cypher: (r, p) => `${r}.confidence >= ${p('minConfidence')}`, params: { minConfidence: value } };
}

/** Edges last seen at or after an ISO date-time. */
export function lastSeenSince(iso: string): EdgeFilter {
  return { name: 'since', cypher: (r, p) => `${r}.lastSeen >= datetime(${p('since')})`, params: { since: iso } };
}
