// Companys a name denotes: the exact canonical name, else through aliases (Alias.key is the normalised form).
// Params: $name, $key (the normalised name). Columns: entity {kind, id, name, aliases, mentionCount, firstSeen, lastSeen, createdAt}, exact.
MATCH (c:Company {name: $name})
RETURN c {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'} AS entity, true AS exact
UNION
MATCH (:Alias {key: $key})-[:OF]->(c:Company)
RETURN c {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'} AS entity, false AS exact
