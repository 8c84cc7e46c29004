// The status of relationship EDGE on the day $asOf (ISO date-time; null: now): 'ACTIVE', 'ENDING' or 'ENDED', or null
// when it was not yet known then. Every read that filters or shows relationships by status uses it: a statement
// writes {{status-at r}} and the registry (src/graph/cypher.ts) puts this expression there with EDGE = r.
// Now: status-now.cypher. On a past day: from the stored periods (write/set-edge-lifecycles.cypher: lists of ISO
// strings), ENDING only in the latest period of an edge whose end is announced. Edges with no periods (OFFERS, or
// stored before newsgraph tracked lifecycles) hold from their first sighting.
CASE
  WHEN $asOf IS NULL THEN {{status-now EDGE}}
  WHEN EDGE.periodFrom IS NULL THEN CASE WHEN EDGE.firstSeen <= datetime($asOf) THEN 'ACTIVE' END
  WHEN any(i IN range(0, size(EDGE.periodFrom) - 1)
           WHERE datetime(EDGE.periodFrom[i]) <= datetime($asOf) AND datetime($asOf) < datetime(EDGE.periodTo[i]))
    THEN CASE WHEN EDGE.status = 'ENDING' AND datetime(EDGE.periodFrom[-1]) <= datetime($asOf) THEN 'ENDING' ELSE 'ACTIVE' END
  WHEN datetime(EDGE.periodFrom[0]) <= datetime($asOf) THEN 'ENDED'
END
