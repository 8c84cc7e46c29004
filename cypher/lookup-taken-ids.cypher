// Ids in use that new entities' slugs could collide with ("nvidia", "nvidia-2"), for a whole batch at once.
// Params: $label 'Company'|'Product', $slugs [string]. Columns: slug, id.
UNWIND $slugs AS slug
CALL (slug) {
  MATCH (c:Company) WHERE $label = 'Company' AND (c.id = slug OR c.id STARTS WITH slug + '-') RETURN c.id AS id
  UNION
  MATCH (p:Product) WHERE $label = 'Product' AND (p.id = slug OR p.id STARTS WITH slug + '-') RETURN p.id AS id
}
RETURN slug, id
