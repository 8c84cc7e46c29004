// Records that a story was also published at another URL (a syndicated copy): a second source of the same article.
// Params: $rows [{articleId, url}]. Columns: articleId.
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
SET a.alsoAt = CASE WHEN r.url IN coalesce(a.alsoAt, []) THEN a.alsoAt ELSE coalesce(a.alsoAt, []) + r.url END
RETURN a.id AS articleId
