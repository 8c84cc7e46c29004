// Creates the products that do not exist yet; MERGE on the constrained id takes a lock, so two ingesters
// creating "h100" at once meet on one node. Params: $rows [{id, name}] (distinct ids), $now. Columns: id, created.
UNWIND $rows AS r
OPTIONAL MATCH (before:Product {id: r.id})
WITH r, before IS NULL AS created
MERGE (c:Product {id: r.id})
ON CREATE SET c.name = r.name, c.aliases = [], c.aliasText = '', c.mentionCount = 0, c.createdAt = datetime($now)
RETURN c.id AS id, created
