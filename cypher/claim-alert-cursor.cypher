// Leases the webhook alerts' cursor (where turning edge changes into deliveries got to), so one server at a time
// does it; created at $now on first use, so history before alerts existed is not sent. The lock is taken before
// the lease is read again (see claim-due-feeds). Params: $owner, $now (ISO), $leaseMs.
// Columns: since (ISO), afterId (no row: another server holds the lease).
MERGE (c:AlertCursor {id: 'webhooks'})
ON CREATE SET c.since = $now, c.afterId = ''
SET c._lock = true
REMOVE c._lock
WITH c
WHERE c.leaseUntil IS NULL OR c.leaseUntil < datetime($now) OR c.leaseOwner = $owner
SET c.leaseOwner = $owner, c.leaseUntil = datetime($now) + duration({milliseconds: $leaseMs})
RETURN c.since AS since, c.afterId AS afterId
