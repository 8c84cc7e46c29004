// Records one attempt and releases the lease. Params: $id, $owner, $now (ISO), $status ('PENDING'|'DELIVERED'|'FAILED'),
// $statusCode (HTTP status or null), $error, $nextAttemptAt (ISO, null when done). Columns: recorded.
MATCH (d:WebhookDelivery {id: $id})
WHERE d.leaseOwner = $owner
SET d.status = $status,
    d.attempts = d.attempts + 1,
    d.lastAttemptAt = datetime($now),
    d.lastStatusCode = $statusCode,
    d.lastError = $error,
    d.nextAttemptAt = CASE WHEN $nextAttemptAt IS NULL THEN null ELSE datetime($nextAttemptAt) END,
    d.deliveredAt = CASE WHEN $status = 'DELIVERED' THEN datetime($now) ELSE d.deliveredAt END,
    d.leaseOwner = null,
    d.leaseUntil = null
RETURN count(d) AS recorded
