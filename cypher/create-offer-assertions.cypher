// Stores OFFERS claims with their evidence: (:Assertion)-[:IN]->(:Article),
// -[:SUBJECT]-> and -[:OBJECT]-> the company and its product.
// Params: $rows [{id, articleId, type, sourceId, targetId, sentence, start, end, confidence, rule, features, amount, currency, until}], $now.
// Columns: created.
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
MATCH (x:Company {id: r.sourceId})
MATCH (y:Product {id: r.targetId})
CREATE (s:Assertion {
  id: r.id, type: r.type, sentence: r.sentence, start: r.start, `end`: r.`end`, confidence: r.confidence,
  rule: r.rule, features: r.features, amount: r.amount, currency: r.currency, until: r.until, createdAt: datetime($now)
})
CREATE (s)-[:IN]->(a), (s)-[:SUBJECT]->(x), (s)-[:OBJECT]->(y)
RETURN count(s) AS created
