// Products a name denotes: the exact canonical name, else through aliases (Alias.key is the normalised form).
// Params: $name, $key (the normalised name). Columns: entity {kind, id, name, aliases, mentionCount, firstSeen, lastSeen, createdAt}, exact.
MATCH (p:Product {name: $name})
RETURN p {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'PRODUCT'} AS entity, true AS exact
UNION
MATCH (:Alias {key: $key})-[:OF]->(p:Product)
RETURN p {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'PRODUCT'} AS entity, false AS exact
