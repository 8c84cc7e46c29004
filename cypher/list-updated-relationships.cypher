// Relationship edges changed after a point (updatedAt, then edge id, ascending), for the API's live-edge poller.
// $asOf: the day the status is given for (null: now). Params: $since (ISO datetime), $afterId (edge id; '' for none: edges at exactly $since with a greater id follow), $limit.
// Columns: updatedAt, rel {type, confidence, evidenceCount, firstSeen, lastSeen, createdAt, lifecycle {status, validFrom, validTo, change,
// periodFrom, periodTo, openedBy, closedBy, firstSeen} (fragments/lifecycle.cypher), source {entity}, target {entity}}.
MATCH (s:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->(t)
WHERE r.updatedAt >= datetime($since)
WITH r, s, t, type(r) + ':' + s.id + ':' + t.id AS id
WHERE r.updatedAt > datetime($since) OR id > $afterId
WITH r, s, t ORDER BY r.updatedAt, id
LIMIT $limit
RETURN r.updatedAt AS updatedAt, r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt, lifecycle: {{lifecycle r}},
  source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
  target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt,
             kind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END}} AS rel
