// Deletes the assertions and mentions of the given articles (the article node stays). Params: $ids [string]. Columns: none.
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
CALL (a) {
  MATCH (a)<-[:IN]-(s:Assertion)
  DETACH DELETE s
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
