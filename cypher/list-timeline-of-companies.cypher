// Per week or month: how often each company was mentioned and how many of its relationships were first seen (batched).
// Articles count at publishedAt, falling back to ingestedAt. Params: $ids [company id], $unit 'week'|'month'.
// Columns: id, buckets [{start, mentions, newRelationships}] oldest first.
UNWIND $ids AS id
MATCH (c:Company {id: id})
CALL (c) {
  CALL (c) {
    MATCH (a:Article)-[m:MENTIONS]->(c)
    RETURN datetime.truncate($unit, coalesce(a.publishedAt, a.ingestedAt)) AS start, sum(m.count) AS mentions, 0 AS newRelationships
    UNION ALL
    MATCH (c)-[r:SUPPLIES|COMPETES_WITH|OFFERS]-()
    WHERE r.firstSeen IS NOT NULL
    RETURN datetime.truncate($unit, r.firstSeen) AS start, 0 AS mentions, count(r) AS newRelationships
  }
  WITH start, sum(mentions) AS mentions, sum(newRelationships) AS newRelationships
  ORDER BY start
  RETURN collect({start: start, mentions: mentions, newRelationships: newRelationships}) AS buckets
}
RETURN id, buckets
