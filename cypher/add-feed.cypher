// Adds a feed to follow, due at once; a feed already followed keeps its state and takes the new interval.
// Params: $url, $intervalMs, $now (ISO). Columns: feed {url, intervalMs, ...state}, created.
MERGE (f:Feed {url: $url})
ON CREATE SET f.createdAt = datetime($now), f.nextFetchAt = datetime($now), f.failures = 0, f.itemsSeen = 0, f._new = true
SET f.intervalMs = $intervalMs
WITH f, f._new IS NOT NULL AS created
REMOVE f._new
RETURN f {.*} AS feed, created
