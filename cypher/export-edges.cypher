// Edges of the whole-graph export: those passing the filters whose two ends are both exported.
// Params: $companyIds [slug], $productIds [slug], $types [type], $minConfidence float, $since (ISO datetime or null),
// $asOf (ISO datetime or null: now), $statuses [status on that day].
// Columns: edge {type, source, target, targetKind, confidence, evidenceCount, firstSeen, lastSeen, lifecycle (fragments/lifecycle.cypher)} (slugs).
MATCH (s:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->(t)
WHERE s.id IN $companyIds
  AND ((t:Company AND t.id IN $companyIds) OR (t:Product AND t.id IN $productIds))
  AND type(r) IN $types
  AND r.confidence >= $minConfidence
  AND ($since IS NULL OR r.lastSeen >= datetime($since))
  AND {{status-at r}} IN $statuses
WITH s, r, t ORDER BY type(r), s.id, t.id
RETURN {type: type(r), source: s.id, target: t.id, targetKind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END,
  confidence: r.confidence, evidenceCount: r.evidenceCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen,
   lifecycle: {{lifecycle r}}} AS edge
