// Adds new assertions' evidence to OFFERS edges (company → product), creating them when needed. Noisy-or
// composes, so 1 - (1 - old) * Π(1 - cᵢ of the new ones) equals a recompute over all assertions (removals
// use recompute-edges); updatedAt = $now (and change NEW | STRENGTHENED) tells the API's live-edge poller the edge changed. Params: $rows [{sourceId, targetId, miss: Π(1 - cᵢ), count, first, last (ISO)}], $now.
// The edge's write lock is taken before its values are read, so concurrent writers add up (no lost update).
// Columns: sourceId, targetId, created, evidenceCount.
UNWIND $rows AS r
MATCH (x:Company {id: r.sourceId})
MATCH (y:Product {id: r.targetId})
MERGE (x)-[e:OFFERS]->(y)
ON CREATE SET e.createdAt = datetime($now), e.confidence = 0.0, e.evidenceCount = 0
SET e._lock = true
WITH r, e, e.evidenceCount = 0 AS created
SET e.confidence = 1.0 - (1.0 - e.confidence) * r.miss,
    e.evidenceCount = e.evidenceCount + r.count,
    e.updatedAt = datetime($now),
    e.change = CASE WHEN created THEN 'NEW' ELSE 'STRENGTHENED' END,
    e.firstSeen = CASE WHEN e.firstSeen IS NULL OR datetime(r.first) < e.firstSeen THEN datetime(r.first) ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN e.lastSeen IS NULL OR datetime(r.last) > e.lastSeen THEN datetime(r.last) ELSE e.lastSeen END
REMOVE e._lock
RETURN r.sourceId AS sourceId, r.targetId AS targetId, created, e.evidenceCount AS evidenceCount
