// Full-text search over names and aliases (index entity_names), best match first, one label.
// Params: $query (a Lucene query built from escaped terms), $label 'Company'|'Product', $skip, $limit, $max (hits considered).
// Columns: total, page [{entity, score}].
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $max}) YIELD node, score
WHERE $label IN labels(node)
WITH node, score ORDER BY score DESC, node.mentionCount DESC, node.id
WITH collect({entity: node {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: toUpper($label)}, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..$skip + $limit] AS page
