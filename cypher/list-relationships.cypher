// One page of relationship edges over the whole graph, strongest first.
// Params: $types [type], $minConfidence, $since (ISO datetime or null: last seen since), $skip, $limit.
// Columns: rel {type, confidence, evidenceCount, firstSeen, lastSeen, createdAt, source {entity}, target {entity}}.
MATCH (s:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->(t)
WHERE type(r) IN $types AND r.confidence >= $minConfidence AND ($since IS NULL OR r.lastSeen >= datetime($since))
WITH r, s, t ORDER BY r.confidence DESC, s.id, t.id, type(r)
SKIP $skip LIMIT $limit
RETURN r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt,
  source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
  target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt,
             kind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END}} AS rel
