// Relationship edges by their parts (batched; an edge id is TYPE:sourceId:targetId, the stored direction).
// $asOf: the day the status is given for (null: now). Params: $keys [{type, source, target}]. Columns: key (the {type, source, target} asked), rel {type, confidence,
// evidenceCount, firstSeen, lastSeen, createdAt, lifecycle {status, validFrom, validTo, change,
// periodFrom, periodTo, openedBy, closedBy, firstSeen} (fragments/lifecycle.cypher), source {entity}, target {entity}}.
UNWIND $keys AS key
MATCH (s:Company {id: key.source})-[r:SUPPLIES|COMPETES_WITH|OFFERS]->(t)
WHERE type(r) = key.type AND t.id = key.target
RETURN key, r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt, lifecycle: {{lifecycle r}},
  source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
  target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt,
             kind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END}} AS rel
