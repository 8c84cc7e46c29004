// Deletes an article node (its claims are removed first by delete-article-claims), and the SimHash bands
// (:SimBand) no other article is in. Params: $id. Columns: deleted.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:IN_BAND]->(b:SimBand)
WITH a, collect(b) AS bands
DETACH DELETE a
WITH bands
CALL (bands) {
  UNWIND bands AS b
  WITH b WHERE NOT (b)<-[:IN_BAND]-()
  DELETE b
}
RETURN count(*) AS deleted
