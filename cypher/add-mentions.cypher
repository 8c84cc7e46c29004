// Links an article to the entities it names, with how often. Params: $rows [{articleId, id, label, count}]. Columns: none.
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
OPTIONAL MATCH (c:Company {id: r.id}) WHERE r.label = 'Company'
OPTIONAL MATCH (p:Product {id: r.id}) WHERE r.label = 'Product'
WITH r, a, coalesce(c, p) AS e
WHERE e IS NOT NULL
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = r.count
