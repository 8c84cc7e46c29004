// Adds new assertions' evidence to SUPPLIES edges (supplier → customer), creating them when needed. Noisy-or
// composes, so 1 - (1 - old) * Π(1 - cᵢ of the new ones) equals a recompute over all assertions (removals
// use recompute-edges); updatedAt = $now tells the API's live-edge poller the edge changed. Params: $rows [{sourceId, targetId, miss: Π(1 - cᵢ), count, first, last (ISO),
// plain: every new claim says it holds, with no end date}], $now.
// settled: the edge's lifecycle cannot have changed (it held in one open period since before these claims); when false,
// the caller recomputes it (write/recompute-lifecycle.ts).
// The edge's write lock is taken before its values are read, so concurrent writers add up (no lost update).
// Columns: sourceId, targetId, created, settled, evidenceCount.
UNWIND $rows AS r
MATCH (x:Company {id: r.sourceId})
MATCH (y:Company {id: r.targetId})
MERGE (x)-[e:SUPPLIES]->(y)
ON CREATE SET e.createdAt = datetime($now), e.confidence = 0.0, e.evidenceCount = 0
SET e._lock = true
WITH r, e, e.evidenceCount = 0 AS created,
     coalesce(r.plain AND e.status = 'ACTIVE' AND e.validTo IS NULL AND size(e.periodFrom) = 1 AND e.validFrom <= datetime(r.first), false) AS settled
SET e.confidence = 1.0 - (1.0 - e.confidence) * r.miss,
    e.evidenceCount = e.evidenceCount + r.count,
    e.updatedAt = datetime($now),
    e.change = CASE WHEN created THEN 'NEW' ELSE 'STRENGTHENED' END,
    e.firstSeen = CASE WHEN e.firstSeen IS NULL OR datetime(r.first) < e.firstSeen THEN datetime(r.first) ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN e.lastSeen IS NULL OR datetime(r.last) > e.lastSeen THEN datetime(r.last) ELSE e.lastSeen END
REMOVE e._lock
RETURN r.sourceId AS sourceId, r.targetId AS targetId, created, settled, e.evidenceCount AS evidenceCount
