// Adds a webhook. companies: the ids it is for ([]: the watchlist). The secret is stored to sign with, never returned.
// Params: $id, $url, $secret, $companies, $now (ISO). Columns: webhook {id, url, companies, createdAt}.
CREATE (w:Webhook {id: $id, url: $url, secret: $secret, companies: $companies, createdAt: datetime($now)})
RETURN w {.id, .url, .companies, .createdAt} AS webhook
