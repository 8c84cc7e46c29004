// One page of companies in a chosen order. Params: $orderBy 'NAME'|'MENTIONS'|'LAST_SEEN'|'FIRST_SEEN'
// (newest first, undated last), $skip, $limit.
// Columns: entity {kind, id, name, aliases, mentionCount, firstSeen, lastSeen, createdAt}.
MATCH (c:Company)
WITH c ORDER BY
  CASE $orderBy WHEN 'MENTIONS' THEN -c.mentionCount ELSE 0 END,
  CASE $orderBy WHEN 'LAST_SEEN' THEN c.lastSeen IS NULL WHEN 'FIRST_SEEN' THEN c.firstSeen IS NULL ELSE false END,
  CASE $orderBy WHEN 'LAST_SEEN' THEN c.lastSeen END DESC,
  CASE $orderBy WHEN 'FIRST_SEEN' THEN c.firstSeen END DESC,
  c.name, c.id
SKIP $skip LIMIT $limit
RETURN c {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'COMPANY'} AS entity
