// One hop of a drawing: for each frontier node, its strongest edges (hub cap: $fanout + 1 rows, so the caller sees a cut).
// Params: $frontier [elementId], $types [type], $direction 'OUT'|'IN'|'BOTH' (frontier node is source / target / either),
// $minConfidence, $since (ISO datetime or null), $asOf (ISO datetime or null: now), $statuses [status on that day], $fanout.
// Columns: from (elementId), ref (elementId of the other end), node {kind, id, name, ...}, edge {type, source, target,
// sourceKind, targetKind, confidence, evidenceCount, firstSeen, lastSeen, lifecycle (fragments/lifecycle.cypher)}.
UNWIND $frontier AS fromRef
MATCH (n) WHERE elementId(n) = fromRef
CALL (n) {
  MATCH (n)-[r:SUPPLIES|COMPETES_WITH|OFFERS]-(m)
  WHERE type(r) IN $types
    AND CASE $direction WHEN 'OUT' THEN startNode(r) = n WHEN 'IN' THEN endNode(r) = n ELSE true END
    AND r.confidence >= $minConfidence
    AND ($since IS NULL OR r.lastSeen >= datetime($since))
    AND {{status-at r}} IN $statuses
  // Confidence alone: a tie-break on m.id would read a property of every neighbour of a hub.
  WITH r, m ORDER BY r.confidence DESC
  LIMIT $fanout + 1
  RETURN r, m
}
WITH fromRef, r, m, startNode(r) AS s, endNode(r) AS t
RETURN fromRef AS from, elementId(m) AS ref,
  m {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, kind: CASE WHEN m:Product THEN 'PRODUCT' ELSE 'COMPANY' END} AS node,
  {type: type(r), source: s.id, target: t.id, targetKind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END,
   confidence: r.confidence, evidenceCount: r.evidenceCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen,
   lifecycle: {{lifecycle r}}} AS edge
