// Finds a company or product by id, for curation. Params: $id. Columns: id, label, name.
CALL () {
  MATCH (c:Company {id: $id}) RETURN c AS e
  UNION
  MATCH (p:Product {id: $id}) RETURN p AS e
}
RETURN e.id AS id, labels(e)[0] AS label, e.name AS name
