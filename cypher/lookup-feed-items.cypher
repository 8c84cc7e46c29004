// Which of these item keys were seen before (in any feed). Params: $keys. Columns: key.
MATCH (i:FeedItem) WHERE i.key IN $keys
RETURN i.key AS key
