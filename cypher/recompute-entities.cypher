// Recomputes mentionCount, firstSeen and lastSeen of entities from the articles that mention them, and deletes the
// entities nothing supports any more (no MENTIONS, no assertion) together with aliases left pointing at nothing
// (a shared alias stays, its ambiguity re-checked).
// Each entity's write lock is taken before its mentions are read (callers lock all their entities first, sorted).
// Params: $rows [{id, label: 'Company'|'Product'}] (distinct, sorted). Columns: id, label, deleted.
UNWIND $rows AS r
OPTIONAL MATCH (c:Company {id: r.id}) WHERE r.label = 'Company'
OPTIONAL MATCH (p:Product {id: r.id}) WHERE r.label = 'Product'
WITH r, coalesce(c, p) AS e
WHERE e IS NOT NULL
SET e._lock = true
REMOVE e._lock
WITH r, e
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  RETURN coalesce(sum(m.count), 0) AS mentions, count(m) AS articles,
         min(coalesce(a.publishedAt, a.ingestedAt)) AS first, max(coalesce(a.publishedAt, a.ingestedAt)) AS last
}
WITH r, e, mentions, first, last, articles = 0 AND NOT EXISTS { (e)<-[:SUBJECT|OBJECT]-(:Assertion) } AS orphan
SET e.mentionCount = mentions, e.firstSeen = first, e.lastSeen = last
WITH r, e, orphan
CALL (e, orphan) {
  WITH * WHERE orphan
  OPTIONAL MATCH (al:Alias)-[:OF]->(e)
  WITH e, collect(al) AS aliases
  DETACH DELETE e
  WITH aliases
  UNWIND aliases AS al
  WITH al, COUNT { (al)-[:OF]->() } AS remaining
  CALL (al, remaining) {
    WITH al WHERE remaining = 0
    DELETE al
  }
  CALL (al, remaining) {
    WITH al WHERE remaining > 0
    SET al.ambiguous = COUNT { (al)-[:OF]->(:Company) } > 1 OR COUNT { (al)-[:OF]->(:Product) } > 1
  }
}
RETURN r.id AS id, r.label AS label, orphan AS deleted
