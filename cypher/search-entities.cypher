// Full-text search over names and aliases of one label (index company_names or product_names), best match first.
// Params: $query (a Lucene query built from escaped terms), $label 'Company'|'Product', $skip, $limit, $max (hits considered).
// Columns: total, page [{entity, score}].
CALL db.index.fulltext.queryNodes(CASE $label WHEN 'Company' THEN 'company_names' ELSE 'product_names' END, $query, {limit: $max})
YIELD node, score
WITH node, score ORDER BY score DESC, node.mentionCount DESC, node.id
WITH collect({entity: node {.id, .name, .aliases, .mentionCount, .firstSeen, .lastSeen, .createdAt, kind: toUpper($label)}, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..$skip + $limit] AS page
