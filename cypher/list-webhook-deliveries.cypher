// The delivery log, newest first. Params: $webhookId (null: all), $status (null: any), $limit.
// Columns: delivery {id, webhookId, eventId, edgeId, change, status, attempts, lastStatusCode, lastError, createdAt,
// lastAttemptAt, nextAttemptAt, deliveredAt}.
MATCH (d:WebhookDelivery)
WHERE ($webhookId IS NULL OR d.webhookId = $webhookId) AND ($status IS NULL OR d.status = $status)
RETURN d {.id, .webhookId, .eventId, .edgeId, .change, .status, .attempts, .lastStatusCode, .lastError, .createdAt,
          .lastAttemptAt, .nextAttemptAt, .deliveredAt} AS delivery
ORDER BY d.createdAt DESC, d.id
LIMIT $limit
