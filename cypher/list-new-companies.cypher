// Companies created since a moment, newest first. Params: $since (ISO datetime), $limit. Columns: entity.
MATCH (c:Company)
WHERE c.createdAt >= datetime($since)
WITH c ORDER BY c.createdAt DESC, c.id
LIMIT $limit
RETURN c {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'} AS entity
