// Per company, its relationships that appeared, gained support, ended or re-opened since a moment, newest change first.
// change: ENDED or REOPENED when that is the edge's last change (r.change, kept by edges with a lifecycle), else NEW
// when the edge was created since, else STRENGTHENED (updatedAt moves only on new or stronger support, or a status change).
// Params: $since (ISO), $ids (company ids, null: every company), $limitCompanies, $limitChanges, $asOf, $statuses
// (the status is given now: anyStatus()).
// Columns: company {entity}, changes [{change, updatedAt, rel {type, confidence, ..., lifecycle (fragments/lifecycle.cypher), source {entity}, target {entity}}}].
MATCH (c:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]-()
WHERE ($ids IS NULL OR c.id IN $ids) AND r.updatedAt >= datetime($since)
WITH c, r, startNode(r) AS s, endNode(r) AS t
ORDER BY r.updatedAt DESC
WITH c, collect({
  change: CASE WHEN r.change IN ['ENDED', 'REOPENED'] THEN r.change
                WHEN r.createdAt >= datetime($since) THEN 'NEW' ELSE 'STRENGTHENED' END,
  updatedAt: r.updatedAt,
  rel: r {type: type(r), .confidence, .evidenceCount, .firstSeen, .lastSeen, .createdAt, lifecycle: {{lifecycle r}},
    source: s {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'},
    target: t {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt,
               kind: CASE WHEN t:Product THEN 'PRODUCT' ELSE 'COMPANY' END}}
})[0..$limitChanges] AS changes
ORDER BY c.name
LIMIT $limitCompanies
RETURN c {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'} AS company, changes
