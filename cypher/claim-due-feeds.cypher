// Leases feeds that are due and not leased by a live poller, oldest due first, so that one server polls each.
// The feed's write lock is taken before the lease is read again: of two pollers racing, the second sees the
// first one's lease once it commits and skips the feed; or, when the first already polled the feed and let
// the lease go, its next fetch time.
// Params: $owner (poller id), $now (ISO), $leaseMs, $limit. Columns: feed {url, intervalMs, etag, lastModified, failures}.
MATCH (f:Feed)
WHERE f.nextFetchAt <= datetime($now) AND (f.leaseUntil IS NULL OR f.leaseUntil < datetime($now))
WITH f ORDER BY f.nextFetchAt LIMIT $limit
SET f._lock = true
REMOVE f._lock
WITH f
WHERE f.nextFetchAt <= datetime($now) AND (f.leaseUntil IS NULL OR f.leaseUntil < datetime($now))
SET f.leaseOwner = $owner, f.leaseUntil = datetime($now) + duration({milliseconds: $leaseMs})
RETURN f {.url, .intervalMs, .etag, .lastModified, .failures} AS feed
