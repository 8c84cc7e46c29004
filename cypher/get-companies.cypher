// Companies by id (batched). Params: $ids [string]. Columns: id, entity {kind, id, name, aliases, mentionCount, firstSeen, lastSeen, createdAt}.
UNWIND $ids AS id
MATCH (c:Company {id: id})
RETURN id, c {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'} AS entity
