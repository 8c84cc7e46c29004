// One page of the products each company offers, strongest claim first (batched). Params: $ids [company id], $skip, $limit.
// Columns: id, total, page [entity {kind, id, name, aliases, mentionCount, firstSeen, lastSeen, createdAt}].
UNWIND $ids AS id
MATCH (c:Company {id: id})
CALL (c) {
  MATCH (c)-[r:OFFERS]->(p:Product)
  WITH p ORDER BY r.confidence DESC, p.name, p.id
  RETURN collect(p {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'PRODUCT'}) AS products
}
RETURN id, size(products) AS total, products[$skip..$skip + $limit] AS page
