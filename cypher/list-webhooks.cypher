// Every webhook (without its secret), oldest first. Params: none. Columns: webhook {id, url, companies, createdAt}.
MATCH (w:Webhook)
RETURN w {.id, .url, .companies, .createdAt} AS webhook
ORDER BY w.createdAt, w.id
