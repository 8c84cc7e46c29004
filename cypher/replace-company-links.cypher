// Merge step: moves a company's assertions, mentions and aliases onto another company, drops claims that became
// "X supplies X", and deletes the source with its derived edges (the caller recomputes the target's edges).
// Params: $sourceId, $targetId. Columns: moved (assertions re-pointed).
MATCH (src:Company {id: $sourceId}), (dst:Company {id: $targetId})
CALL (src, dst) {
  MATCH (s:Assertion)-[r:SUBJECT]->(src)
  CREATE (s)-[:SUBJECT]->(dst)
  DELETE r
  RETURN count(s) AS subjects
}
CALL (src, dst) {
  MATCH (s:Assertion)-[r:OBJECT]->(src)
  CREATE (s)-[:OBJECT]->(dst)
  DELETE r
  RETURN count(s) AS objects
}
CALL (src, dst) {
  MATCH (a:Article)-[m:MENTIONS]->(src)
  MERGE (a)-[n:MENTIONS]->(dst)
  ON CREATE SET n.count = 0
  SET n.count = n.count + m.count
  DELETE m
}
CALL (src, dst) {
  MATCH (al:Alias)-[o:OF]->(src)
  MERGE (al)-[:OF]->(dst)
  DELETE o
}
CALL (dst) {
  MATCH (s:Assertion)-[:SUBJECT]->(dst), (s)-[:OBJECT]->(dst)
  WHERE s.type <> 'OFFERS'
  DETACH DELETE s
}
DETACH DELETE src
RETURN subjects + objects AS moved
