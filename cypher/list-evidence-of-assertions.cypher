// Claims by assertion id with their articles: the sentences that opened and closed a relationship's periods (batched).
// Params: $ids [assertion id]. Columns: id, evidence {sentence, rule, features, confidence, status, amount, currency, until,
// article {id, url, title, source, publishedAt, ingestedAt}}.
UNWIND $ids AS id
MATCH (a:Assertion {id: id})-[:IN]->(art:Article)
RETURN id, a {.sentence, .rule, features: coalesce(a.features, []), .confidence, .status, .amount, .currency, .until,
  article: art {.id, .url, .title, .source, .publishedAt, .ingestedAt}} AS evidence
