// Curation: links an alias key to an entity. Params: $key, $text, $id, $label. Columns: key, ambiguous, added.
OPTIONAL MATCH (c:Company {id: $id}) WHERE $label = 'Company'
OPTIONAL MATCH (p:Product {id: $id}) WHERE $label = 'Product'
WITH coalesce(c, p) AS e
WHERE e IS NOT NULL
MERGE (a:Alias {key: $key})
ON CREATE SET a.text = $text
WITH a, e, EXISTS { (a)-[:OF]->(e) } AS had
MERGE (a)-[:OF]->(e)
SET a.ambiguous = COUNT { (a)-[:OF]->(:Company) } > 1 OR COUNT { (a)-[:OF]->(:Product) } > 1
RETURN a.key AS key, a.ambiguous AS ambiguous, NOT had AS added
