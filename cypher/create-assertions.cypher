// Stores SUPPLIES and COMPETES_WITH claims with their evidence: (:Assertion)-[:IN]->(:Article),
// -[:SUBJECT]-> and -[:OBJECT]-> its two companies (OFFERS claims: create-offer-assertions).
// status: null when the claim says the relation holds at publication, else 'ending' or 'ended' (see write/lifecycle.ts).
// Params: $rows [{id, articleId, type, sourceId, targetId, sentence, start, end, confidence, rule, features, status, amount, currency, until}], $now.
// Columns: created.
UNWIND $rows AS r
MATCH (a:Article {id: r.articleId})
MATCH (x:Company {id: r.sourceId})
MATCH (y:Company {id: r.targetId})
CREATE (s:Assertion {
  id: r.id, type: r.type, sentence: r.sentence, start: r.start, `end`: r.`end`, confidence: r.confidence,
  rule: r.rule, features: r.features, status: r.status, amount: r.amount, currency: r.currency, until: r.until, createdAt: datetime($now)
})
CREATE (s)-[:IN]->(a), (s)-[:SUBJECT]->(x), (s)-[:OBJECT]->(y)
RETURN count(s) AS created
