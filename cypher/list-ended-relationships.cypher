// Relationship edges that ended, or whose end was announced, since a moment (their status changed to ENDED or ENDING
// at or after it: statusChangedAt, set by set-edge-lifecycles), newest first. Params: $since (ISO datetime), $limit,
// $asOf (null: status now). Columns: rel {as in list-new-relationships}.
MATCH (s:Company)-[r:SUPPLIES|COMPETES_WITH]->(t:Company)
WHERE r.statusChangedAt >= datetime($since) AND r.status IN ['ENDED', 'ENDING']
WITH r, s, t ORDER BY r.statusChangedAt DESC, s.id, t.id
LIMIT $limit
RETURN r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt, lifecycle: {{lifecycle r}},
  source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
  target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'}} AS rel
