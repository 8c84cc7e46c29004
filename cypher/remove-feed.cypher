// Stops following a feed and forgets the items seen in it (the articles stay). Params: $url. Columns: removed.
MATCH (f:Feed {url: $url})
OPTIONAL MATCH (i:FeedItem {feedUrl: $url})
DETACH DELETE i
WITH DISTINCT f
DETACH DELETE f
RETURN count(*) AS removed
