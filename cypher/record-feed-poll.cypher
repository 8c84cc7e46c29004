// Records how a poll went and releases the lease (only if this poller still holds it: a poll that outlived its
// lease must not overwrite the state the next one wrote). $etag/$lastModified null keep the old ones.
// Params: $url, $owner, $now (ISO), $nextFetchAt (ISO), $status ('ok'|'not-modified'|'error'), $error, $failures,
// $etag, $lastModified, $title, $newItems. Columns: recorded.
MATCH (f:Feed {url: $url})
WHERE f.leaseOwner = $owner
SET f.lastFetchAt = datetime($now),
    f.nextFetchAt = datetime($nextFetchAt),
    f.lastStatus = $status,
    f.lastError = $error,
    f.failures = $failures,
    f.etag = coalesce($etag, f.etag),
    f.lastModified = coalesce($lastModified, f.lastModified),
    f.title = coalesce($title, f.title),
    f.itemsSeen = coalesce(f.itemsSeen, 0) + $newItems,
    f.leaseOwner = null,
    f.leaseUntil = null
RETURN count(f) AS recorded
