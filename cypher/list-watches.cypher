// The watchlist, by company name. Params: none.
// Columns: companyId, name (null when the company has gone, e.g. merged away), createdAt.
MATCH (w:Watch)
OPTIONAL MATCH (c:Company {id: w.companyId})
RETURN w.companyId AS companyId, c.name AS name, w.createdAt AS createdAt
ORDER BY coalesce(c.name, w.companyId)
