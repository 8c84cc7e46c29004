// Nodes of the whole-graph export: the most mentioned companies and products, at most $limit.
// With $connectedOnly, only those with at least one edge passing the filters.
// Params: $connectedOnly bool, $types [type], $minConfidence float, $since (ISO datetime or null), $asOf, $statuses
// (fragments/status-at.cypher), $limit int.
// Columns: node {kind, id, name, aliases, mentionCount, firstSeen, lastSeen}.
MATCH (n)
WHERE (n:Company OR n:Product)
  AND (NOT $connectedOnly OR EXISTS {
    MATCH (n)-[r:SUPPLIES|COMPETES_WITH|OFFERS]-(m)
    WHERE type(r) IN $types AND r.confidence >= $minConfidence AND ($since IS NULL OR r.lastSeen >= datetime($since))
      AND {{status-at r}} IN $statuses
  })
WITH n, CASE WHEN n:Product THEN 'PRODUCT' ELSE 'COMPANY' END AS kind
ORDER BY coalesce(n.mentionCount, 0) DESC, kind, n.id
LIMIT toInteger($limit)
RETURN n {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, kind: kind} AS node
