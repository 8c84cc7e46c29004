// One page of each company's relationship edges of one type, strongest first (batched: suppliers, customers, competitors).
// Params: $ids [company id], $type 'SUPPLIES'|'COMPETES_WITH'|'OFFERS', $direction 'IN'|'OUT'|'BOTH' (the company is the edge's
// target / source / either), $minConfidence, $since (ISO datetime or null: edges last seen since), $asOf (ISO datetime or
// null: now) and $statuses [status]: only edges with one of those statuses on that day (fragments/status-at.cypher), $skip, $limit.
// Columns: id, total, page [{type, confidence, evidenceCount, firstSeen, lastSeen, createdAt, lifecycle {status, validFrom, validTo, change,
// periodFrom, periodTo, openedBy, closedBy, firstSeen} (fragments/lifecycle.cypher), source {entity}, target {entity}}].
UNWIND $ids AS id
MATCH (c:Company {id: id})
CALL (c) {
  MATCH (c)-[r:SUPPLIES|COMPETES_WITH|OFFERS]-(o)
  WHERE type(r) = $type
    AND CASE $direction WHEN 'OUT' THEN startNode(r) = c WHEN 'IN' THEN endNode(r) = c ELSE true END
    AND r.confidence >= $minConfidence
    AND ($since IS NULL OR r.lastSeen >= datetime($since))
    AND {{status-at r}} IN $statuses
  WITH r, startNode(r) AS s, endNode(r) AS t, o
  ORDER BY r.confidence DESC, o.id
  RETURN collect(r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt, lifecycle: {{lifecycle r}},
    source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
    target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt,
               kind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END}}) AS rels
}
RETURN id, size(rels) AS total, rels[$skip..$skip + $limit] AS page
