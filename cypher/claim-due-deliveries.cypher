// Leases pending deliveries whose next attempt is due, with their webhook's URL and secret (see claim-due-feeds
// for the lock). Params: $owner, $now (ISO), $leaseMs, $limit.
// Columns: delivery {id, eventId, body, attempts, createdAt}, webhook {id, url, secret}.
MATCH (d:WebhookDelivery {status: 'PENDING'})
WHERE d.nextAttemptAt <= datetime($now) AND (d.leaseUntil IS NULL OR d.leaseUntil < datetime($now))
WITH d ORDER BY d.nextAttemptAt LIMIT $limit
SET d._lock = true
REMOVE d._lock
WITH d
WHERE d.status = 'PENDING' AND (d.leaseUntil IS NULL OR d.leaseUntil < datetime($now))
MATCH (w:Webhook {id: d.webhookId})
SET d.leaseOwner = $owner, d.leaseUntil = datetime($now) + duration({milliseconds: $leaseMs})
RETURN d {.id, .eventId, .body, .attempts, .createdAt} AS delivery, w {.id, .url, .secret} AS webhook
