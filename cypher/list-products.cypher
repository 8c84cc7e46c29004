// One page of products in a chosen order. Params: $orderBy 'NAME'|'MENTIONS'|'LAST_SEEN'|'FIRST_SEEN'
// (newest first, undated last), $skip, $limit.
// Columns: entity {kind, id, name, aliases, mentionCount, firstSeen, lastSeen, createdAt}.
MATCH (p:Product)
WITH p ORDER BY
  CASE $orderBy WHEN 'MENTIONS' THEN -p.mentionCount ELSE 0 END,
  CASE $orderBy WHEN 'LAST_SEEN' THEN p.lastSeen IS NULL WHEN 'FIRST_SEEN' THEN p.firstSeen IS NULL ELSE false END,
  CASE $orderBy WHEN 'LAST_SEEN' THEN p.lastSeen END DESC,
  CASE $orderBy WHEN 'FIRST_SEEN' THEN p.firstSeen END DESC,
  p.name, p.id
SKIP $skip LIMIT $limit
RETURN p {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: 'PRODUCT'} AS entity
