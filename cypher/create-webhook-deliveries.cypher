// One delivery per event and matching webhook: a webhook with companies takes events touching one of them, one
// without takes events touching a watched company. Keyed webhook:event, so an event enqueued twice (a cursor
// saved late) is still delivered once. Params: $events [{id, edgeId, change, companies, body}], $now (ISO).
// Columns: created.
UNWIND $events AS e
MATCH (w:Webhook)
WHERE (size(w.companies) > 0 AND any(c IN e.companies WHERE c IN w.companies))
   OR (size(w.companies) = 0 AND EXISTS { MATCH (x:Watch) WHERE x.companyId IN e.companies })
MERGE (d:WebhookDelivery {id: w.id + ':' + e.id})
ON CREATE SET d.webhookId = w.id, d.eventId = e.id, d.edgeId = e.edgeId, d.change = e.change, d.body = e.body,
              d.status = 'PENDING', d.attempts = 0, d.createdAt = datetime($now), d.nextAttemptAt = datetime($now),
              d._new = true
WITH d, d._new IS NOT NULL AS created
REMOVE d._new
RETURN count(CASE WHEN created THEN 1 END) AS created
