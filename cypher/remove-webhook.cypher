// Removes a webhook with its delivery log. Params: $id. Columns: removed.
MATCH (w:Webhook {id: $id})
OPTIONAL MATCH (d:WebhookDelivery {webhookId: $id})
DETACH DELETE d
WITH DISTINCT w
DETACH DELETE w
RETURN count(*) AS removed
