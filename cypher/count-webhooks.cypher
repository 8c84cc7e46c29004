// How many webhooks there are (the alerter does nothing, and writes nothing, without one). Params: none. Columns: total.
MATCH (w:Webhook)
RETURN count(w) AS total
