// Links an article to the entities it names, with how often, and adds that to the entities' mentionCount,
// firstSeen and lastSeen (entities that also lost mentions are recomputed afterwards by recompute-entities).
// The entity's write lock is taken before its totals are read, so concurrent writers add up (no lost update).
// Params: $rows [{articleId, id, label, count, seen (ISO: publishedAt, else ingest time)}].
// Columns: added (rows whose article and entity exist).
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
OPTIONAL MATCH (c:Company {id: r.id}) WHERE r.label = 'Company'
OPTIONAL MATCH (p:Product {id: r.id}) WHERE r.label = 'Product'
WITH r, a, coalesce(c, p) AS e
WHERE e IS NOT NULL
SET e._lock = true
WITH r, a, e
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = r.count,
    e.mentionCount = coalesce(e.mentionCount, 0) + r.count,
    e.firstSeen = CASE WHEN e.firstSeen IS NULL OR datetime(r.seen) < e.firstSeen THEN datetime(r.seen) ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN e.lastSeen IS NULL OR datetime(r.seen) > e.lastSeen THEN datetime(r.seen) ELSE e.lastSeen END
REMOVE e._lock
RETURN count(*) AS added
