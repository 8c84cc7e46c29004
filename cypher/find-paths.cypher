// Shortest paths between two companies over the allowed relationship types, read undirected. The hop bound in the
// pattern must be a literal, so it is the API maximum (6) and $maxHops filters afterwards: inside the MATCH's WHERE a
// length test would make Neo4j fall back to an exhaustive search. Params: $from, $to, $types, $maxHops, $limit,
// $asOf (ISO datetime or null: now), $statuses [status on that day].
// Columns: nodes [{kind, id, name, ...}], edges [{type, source, target, targetKind, confidence, evidenceCount, firstSeen, lastSeen, lifecycle (fragments/lifecycle.cypher)}].
MATCH (a:Company {id: $from}), (b:Company {id: $to})
MATCH p = allShortestPaths((a)-[:SUPPLIES|COMPETES_WITH|OFFERS*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND {{status-at r}} IN $statuses)
WITH p LIMIT $limit
WITH p WHERE length(p) <= $maxHops
RETURN
  [n IN nodes(p) | n {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, kind: CASE WHEN n:Product THEN 'PRODUCT' ELSE 'COMPANY' END}] AS nodes,
  [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
    targetKind: CASE WHEN endNode(r):Product THEN 'PRODUCT' ELSE 'COMPANY' END,
    confidence: r.confidence, evidenceCount: r.evidenceCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen,
   lifecycle: {{lifecycle r}}}] AS edges
