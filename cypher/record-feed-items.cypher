// Remembers items read from a feed and what became of each (so the next poll skips them).
// Params: $rows [{key, feedUrl, url, articleId, outcome, textFrom, error}], $now (ISO). Columns: recorded.
UNWIND $rows AS r
MERGE (i:FeedItem {key: r.key})
SET i.feedUrl = r.feedUrl, i.url = r.url, i.articleId = r.articleId, i.outcome = r.outcome,
    i.textFrom = r.textFrom, i.error = r.error, i.seenAt = datetime($now)
RETURN count(i) AS recorded
