// firstSeen / lastSeen arrive as ISO date-times from Neo4j ("2024-03-05T09:30:00Z", possibly
// with an offset, nanoseconds or a "[Europe/Paris]" zone id). GEXF wants xsd:date: the UTC day;
// the attributes and CSV columns get one fixed ISO form that pandas, R and Python all parse.

function epochMs(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const cleaned = iso.replace(/\[[^\]]*\]$/, '').replace(/(\.\d{3})\d+/, '$1');
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(cleaned) ? `${cleaned}T00:00:00Z` : cleaned);
  return Number.isNaN(time) ? null : time;
}

/** "2024-03-05T23:30:00-02:00" → "2024-03-06"; null for a missing or unreadable value. */
export function utcDay(iso: string | null | undefined): string | null {
  const time = epochMs(iso);
  return time === null ? null : new Date(time).toISOString().slice(0, 10);
}

/**
 * "2024-03-05T23:30:00.123456789-02:00[America/Noronha]" → "2024-03-06T01:30:00Z": UTC, to the
 * second, always the same width (pandas infers one format per column and refuses a mix).
 */
export function utcInstant(iso: string | null | undefined): string | null {
  const time = epochMs(iso);
  return time === null ? null : `${new Date(time).toISOString().slice(0, 19)}Z`;
}
