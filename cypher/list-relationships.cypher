// One page of relationship edges over the whole graph, strongest first.
// Params: $types [type], $minConfidence, $since (ISO datetime or null: last seen since), $asOf (ISO datetime or null: now),
// $statuses [status] (their status on that day, fragments/status-at.cypher), $skip, $limit.
// Columns: rel {type, confidence, evidenceCount, firstSeen, lastSeen, createdAt, lifecycle {status, validFrom, validTo, change,
// periodFrom, periodTo, openedBy, closedBy, firstSeen} (fragments/lifecycle.cypher), source {entity}, target {entity}}.
MATCH (s:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->(t)
WHERE type(r) IN $types AND r.confidence >= $minConfidence AND ($since IS NULL OR r.lastSeen >= datetime($since))
  AND {{status-at r}} IN $statuses
WITH r, s, t ORDER BY r.confidence DESC, s.id, t.id, type(r)
SKIP $skip LIMIT $limit
RETURN r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt, lifecycle: {{lifecycle r}},
  source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
  target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt,
             kind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END}} AS rel
