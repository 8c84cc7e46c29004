import neo4j from 'neo4j-driver';

// Neo4j values become plain JS at the boundary: Integers → number (bigint beyond 2^53),
// temporal values → ISO strings, nodes and relationships → their properties.

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans, most of any row, are already plain.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : BigInt(value.toString());
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as { properties?: unknown; labels?: unknown; type?: unknown; elementId?: unknown };
    if (v.properties !== undefined && v.elementId !== undefined && (v.labels !== undefined || v.type !== undefined)) {
      return toPlain(v.properties);
    }
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}
