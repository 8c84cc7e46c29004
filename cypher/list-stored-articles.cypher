// Stored articles with their text, in id order after $after (keyset paging, so writes between pages do not shift
// them), for reading them again with a newer extractor. Params: $after (id; '' for the first page), $limit.
// Columns: article {id, text, title, url, source, publishedAt, extractor} (text null: stored before it was kept).
MATCH (a:Article)
WHERE a.id > $after
WITH a ORDER BY a.id
LIMIT $limit
RETURN a {.id, .text, .title, .url, .source, .publishedAt, .extractor} AS article
