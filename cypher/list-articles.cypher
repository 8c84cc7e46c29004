// One page of articles, newest first (publishedAt, falling back to ingestedAt). Params: $since (ISO datetime or null), $skip, $limit.
// Columns: article {id, url, title, source, publishedAt, ingestedAt}.
MATCH (a:Article)
WITH a, coalesce(a.publishedAt, a.ingestedAt) AS at
WHERE $since IS NULL OR at >= datetime($since)
WITH a ORDER BY at DESC, a.id
SKIP $skip LIMIT $limit
RETURN a {.id, .url, .title, .source, .publishedAt, .ingestedAt} AS article
