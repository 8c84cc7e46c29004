// Links alias keys to entities and flags a key that now points at two entities of one label as ambiguous.
// Params: $rows [{key, text, id, label}]. Columns: key, ambiguous.
UNWIND $rows AS r
MERGE (a:Alias {key: r.key})
ON CREATE SET a.text = r.text
WITH a, r
OPTIONAL MATCH (c:Company {id: r.id}) WHERE r.label = 'Company'
OPTIONAL MATCH (p:Product {id: r.id}) WHERE r.label = 'Product'
WITH a, coalesce(c, p) AS e
WHERE e IS NOT NULL
MERGE (a)-[:OF]->(e)
WITH DISTINCT a
SET a.ambiguous = COUNT { (a)-[:OF]->(:Company) } > 1 OR COUNT { (a)-[:OF]->(:Product) } > 1
RETURN a.key AS key, a.ambiguous AS ambiguous
