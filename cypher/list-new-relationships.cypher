// Relationship edges created since a moment, newest first. Params: $since (ISO datetime), $limit.
// Columns: rel {type, confidence, evidenceCount, firstSeen, lastSeen, createdAt, lifecycle {status, validFrom, validTo, change,
// periodFrom, periodTo, openedBy, closedBy, firstSeen} (fragments/lifecycle.cypher), source {entity}, target {entity}}.
MATCH (s:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->(t)
WHERE r.createdAt >= datetime($since)
WITH r, s, t ORDER BY r.createdAt DESC, s.id, t.id
LIMIT $limit
RETURN r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt, lifecycle: {{lifecycle r}},
  source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
  target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt,
             kind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END}} AS rel
