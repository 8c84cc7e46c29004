// What the given articles currently support, before their claims are removed: the edges to recompute and
// the entities to re-count. Params: $ids [string]. Columns: id, pairs [{type, sourceId, targetId}], entities [{id, label}].
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
CALL (a) {
  MATCH (a)<-[:IN]-(s:Assertion)-[:SUBJECT]->(x), (s)-[:OBJECT]->(y)
  RETURN collect({type: s.type, sourceId: x.id, targetId: y.id}) AS pairs,
         collect({id: x.id, label: labels(x)[0]}) + collect({id: y.id, label: labels(y)[0]}) AS claimed
}
CALL (a) {
  MATCH (a)-[:MENTIONS]->(e)
  RETURN collect({id: e.id, label: labels(e)[0]}) AS mentioned
}
RETURN a.id AS id, pairs, claimed + mentioned AS entities
