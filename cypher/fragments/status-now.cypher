// The status of relationship EDGE now: the stored status, or ENDED once a stated end (validTo) has passed.
// status-at.cypher uses it for $asOf null; nested reads (src/graph/read/nested/edge-filter.ts) use it alone when no
// day is asked, which keeps their statements short (one Bolt write, less for Neo4j to read per request).
CASE WHEN EDGE.validTo <= datetime() THEN 'ENDED' ELSE coalesce(EDGE.status, 'ACTIVE') END
