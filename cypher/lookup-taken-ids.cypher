// Ids in use that a new entity's slug could collide with ("nvidia", "nvidia-2"). Params: $label, $slug. Columns: id.
CALL () {
  MATCH (c:Company) WHERE $label = 'Company' AND (c.id = $slug OR c.id STARTS WITH $slug + '-') RETURN c.id AS id
  UNION
  MATCH (p:Product) WHERE $label = 'Product' AND (p.id = $slug OR p.id STARTS WITH $slug + '-') RETURN p.id AS id
}
RETURN id
