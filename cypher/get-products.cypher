// Products by id (batched). Params: $ids [string]. Columns: id, entity {kind, id, name, aliases, mentionCount, firstSeen, lastSeen, createdAt}.
UNWIND $ids AS id
MATCH (p:Product {id: id})
RETURN id, p {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'PRODUCT'} AS entity
