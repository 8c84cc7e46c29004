// One page of the OFFERS edges into each product (who makes it), strongest first (batched).
// $asOf: the day the status is given for (null: now). Params: $ids [product id], $skip, $limit. Columns: id, total, page [{relationship row as in list-relationships-of-companies}].
UNWIND $ids AS id
MATCH (t:Product {id: id})
CALL (t) {
  MATCH (s:Company)-[r:OFFERS]->(t)
  WITH r, s, t ORDER BY r.confidence DESC, s.id
  RETURN collect(r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt, lifecycle: {{lifecycle r}},
    source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
    target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'PRODUCT'}}) AS rels
}
RETURN id, size(rels) AS total, rels[$skip..$skip + $limit] AS page
