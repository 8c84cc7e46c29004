// Start nodes of a drawing: companies and products by slug. Params: $companyIds, $productIds.
// Columns: ref (elementId, valid inside this transaction), node {kind, id, name, aliases, mentionCount, firstSeen, lastSeen}.
UNWIND $companyIds AS id
MATCH (n:Company {id: id})
RETURN elementId(n) AS ref, n {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, kind: 'COMPANY'} AS node
UNION ALL
UNWIND $productIds AS id
MATCH (n:Product {id: id})
RETURN elementId(n) AS ref, n {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, kind: 'PRODUCT'} AS node
