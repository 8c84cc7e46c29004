// Recomputes derived edges from the assertions behind them: confidence = noisy-or (1 - Π(1 - cᵢ)), evidenceCount,
// firstSeen/lastSeen = min/max of the articles' publishedAt (else ingestedAt); an edge with no assertion left is deleted.
// updatedAt = $now and change = NEW | STRENGTHENED when the edge is new or gained support (more evidence or a higher
// confidence): the API's live-edge poller publishes such edges (status and periods: write/recompute-lifecycle.ts); an edge that only lost support keeps its updatedAt.
// COMPETES_WITH is read in both directions and stored once, from the smaller id (the caller orders the pair).
// Params: $rows [{type: 'SUPPLIES'|'COMPETES_WITH'|'OFFERS' (allowlisted by the caller), sourceId, targetId}], $now.
// Both ends' write locks are taken before the assertions are read (callers lock all their entities first, sorted).
// Columns: type, sourceId, targetId, created, deleted, evidenceCount.
UNWIND $rows AS r
MATCH (x:Company {id: r.sourceId})
OPTIONAL MATCH (yc:Company {id: r.targetId}) WHERE r.type <> 'OFFERS'
OPTIONAL MATCH (yp:Product {id: r.targetId}) WHERE r.type = 'OFFERS'
WITH r, x, coalesce(yc, yp) AS y
WHERE y IS NOT NULL
SET x._lock = true, y._lock = true
REMOVE x._lock, y._lock
WITH r, x, y
CALL (r, x, y) {
  OPTIONAL CALL (r, x, y) {
    MATCH (x)<-[:SUBJECT]-(s:Assertion)-[:OBJECT]->(y)
    WHERE s.type = r.type
    RETURN s
    UNION ALL
    MATCH (y)<-[:SUBJECT]-(s:Assertion)-[:OBJECT]->(x)
    WHERE r.type = 'COMPETES_WITH' AND s.type = r.type
    RETURN s
  }
  OPTIONAL MATCH (s)-[:IN]->(a:Article)
  RETURN collect(s.confidence) AS confidences,
         min(coalesce(a.publishedAt, a.ingestedAt)) AS first, max(coalesce(a.publishedAt, a.ingestedAt)) AS last
}
WITH r, x, y, confidences, first, last, reduce(acc = 1.0, conf IN confidences | acc * (1.0 - conf)) AS noneTrue
OPTIONAL MATCH (x)-[old:$(r.type)]->(y)
CALL (x, y, r, confidences, first, last, noneTrue) {
  WITH * WHERE size(confidences) > 0
  MERGE (x)-[e:$(r.type)]->(y)
  ON CREATE SET e.createdAt = datetime($now)
  SET e.updatedAt = CASE WHEN e.confidence IS NULL OR (1.0 - noneTrue) > e.confidence + 1e-9 OR size(confidences) > e.evidenceCount
                         THEN datetime($now) ELSE e.updatedAt END,
      e.change = CASE WHEN e.confidence IS NULL THEN 'NEW'
                      WHEN (1.0 - noneTrue) > e.confidence + 1e-9 OR size(confidences) > e.evidenceCount THEN 'STRENGTHENED'
                      ELSE e.change END
  SET e.confidence = 1.0 - noneTrue,
      e.evidenceCount = size(confidences),
      e.firstSeen = first,
      e.lastSeen = last
}
CALL (old, confidences) {
  WITH * WHERE size(confidences) = 0 AND old IS NOT NULL
  DELETE old
}
RETURN r.type AS type, r.sourceId AS sourceId, r.targetId AS targetId,
       old IS NULL AND size(confidences) > 0 AS created,
       old IS NOT NULL AND size(confidences) = 0 AS deleted,
       size(confidences) AS evidenceCount
