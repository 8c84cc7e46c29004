// The latest items read from a feed, newest first. Params: $url, $limit.
// Columns: item {key, url, articleId, outcome, textFrom, error, seenAt}.
MATCH (i:FeedItem {feedUrl: $url})
RETURN i {.key, .url, .articleId, .outcome, .textFrom, .error, .seenAt} AS item
ORDER BY i.seenAt DESC, i.key
LIMIT $limit
