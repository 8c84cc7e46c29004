// Links alias keys to entities and flags a key that now points at two entities of one label as ambiguous.
// The Alias node may exist without text (lock-alias-keys created it in this transaction): the text is set then.
// Params: $rows [{key, text, id, label}] (distinct). Columns: key, ambiguous, links (rows whose entity exists).
UNWIND $rows AS r
MERGE (a:Alias {key: r.key})
SET a.text = coalesce(a.text, r.text)
WITH a, r
OPTIONAL MATCH (c:Company {id: r.id}) WHERE r.label = 'Company'
OPTIONAL MATCH (p:Product {id: r.id}) WHERE r.label = 'Product'
WITH a, coalesce(c, p) AS e
WHERE e IS NOT NULL
MERGE (a)-[:OF]->(e)
WITH a, count(*) AS links
SET a.ambiguous = COUNT { (a)-[:OF]->(:Company) } > 1 OR COUNT { (a)-[:OF]->(:Product) } > 1
RETURN a.key AS key, a.ambiguous AS ambiguous, links
