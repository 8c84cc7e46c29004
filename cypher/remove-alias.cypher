// Curation: unlinks an alias key from an entity; an alias left pointing at nothing is deleted.
// Params: $key, $id, $label. Columns: removed.
MATCH (a:Alias {key: $key})-[o:OF]->(e {id: $id})
WHERE $label IN labels(e)
DELETE o
WITH a, COUNT { (a)-[:OF]->() } AS remaining
CALL (a, remaining) {
  WITH a WHERE remaining = 0
  DELETE a
}
CALL (a, remaining) {
  WITH a WHERE remaining > 0
  SET a.ambiguous = COUNT { (a)-[:OF]->(:Company) } > 1 OR COUNT { (a)-[:OF]->(:Product) } > 1
}
RETURN count(*) AS removed
