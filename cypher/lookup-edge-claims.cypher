// The dated claims behind SUPPLIES and COMPETES_WITH edges, from which write/lifecycle.ts derives status and periods.
// A claim is dated by its article: publishedAt, else ingestedAt. Params: $rows [{type: 'SUPPLIES'|'COMPETES_WITH'
// (allowlisted by the caller), sourceId, targetId}] (stored direction). Columns: type, sourceId, targetId, oldStatus,
// oldPeriods (null for an edge stored before lifecycles), claims [{id, at, status: 'current'|'ending'|'ended', until}].
UNWIND $rows AS r
MATCH (x:Company {id: r.sourceId})-[e:$(r.type)]->(y:Company {id: r.targetId})
CALL (r, x, y) {
  MATCH (x)<-[:SUBJECT]-(s:Assertion)-[:OBJECT]->(y)
  WHERE s.type = r.type
  RETURN s
  UNION ALL
  MATCH (y)<-[:SUBJECT]-(s:Assertion)-[:OBJECT]->(x)
  WHERE r.type = 'COMPETES_WITH' AND s.type = r.type
  RETURN s
}
MATCH (s)-[:IN]->(a:Article)
RETURN r.type AS type, r.sourceId AS sourceId, r.targetId AS targetId, e.status AS oldStatus, size(e.periodFrom) AS oldPeriods,
       collect({id: s.id, at: coalesce(a.publishedAt, a.ingestedAt), status: coalesce(s.status, 'current'), until: s.until}) AS claims
