// The edges an entity's assertions support, to recompute after a merge. Params: $id, $label. Columns: type, sourceId, targetId.
OPTIONAL MATCH (c:Company {id: $id}) WHERE $label = 'Company'
OPTIONAL MATCH (p:Product {id: $id}) WHERE $label = 'Product'
WITH coalesce(c, p) AS e
MATCH (e)<-[:SUBJECT|OBJECT]-(s:Assertion)
MATCH (s)-[:SUBJECT]->(x), (s)-[:OBJECT]->(y)
RETURN DISTINCT s.type AS type, x.id AS sourceId, y.id AS targetId
