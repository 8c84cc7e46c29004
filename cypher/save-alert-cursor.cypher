// Moves the alerts' cursor on, if this server still holds the lease. Params: $owner, $since (ISO), $afterId.
// Columns: saved.
MATCH (c:AlertCursor {id: 'webhooks'})
WHERE c.leaseOwner = $owner
SET c.since = $since, c.afterId = $afterId
RETURN count(c) AS saved
