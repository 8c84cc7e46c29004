// Refreshes the aliases list and the aliasText (for the full-text index) of entities from their Alias nodes.
// Params: $rows [{id, label}]. Columns: id.
UNWIND $rows AS r
OPTIONAL MATCH (c:Company {id: r.id}) WHERE r.label = 'Company'
OPTIONAL MATCH (p:Product {id: r.id}) WHERE r.label = 'Product'
WITH coalesce(c, p) AS e
WHERE e IS NOT NULL
WITH e, [(a:Alias)-[:OF]->(e) WHERE a.text <> e.name | a.text] AS texts
SET e.aliases = texts,
    e.aliasText = reduce(s = '', t IN texts | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + t)
RETURN e.id AS id
