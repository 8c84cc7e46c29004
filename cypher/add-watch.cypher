// Watches a company: its relationship changes are sent to the webhooks that follow the watchlist.
// Params: $companyId, $now (ISO). Columns: company {id, name} (no row: no such company).
MATCH (c:Company {id: $companyId})
MERGE (w:Watch {companyId: c.id})
ON CREATE SET w.createdAt = datetime($now)
RETURN c {.id, .name} AS company
