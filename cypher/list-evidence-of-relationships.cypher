// The assertions behind each edge with their articles, strongest first (batched). COMPETES_WITH assertions may name
// the pair in either order; the others run SUBJECT = edge source, OBJECT = edge target. Ties: newest article first,
// undated articles last.
// Params: $keys [{type, source, target}], $limit (per edge). Columns: key, evidence [{sentence, rule, features, confidence, status, amount,
// currency, until, article {id, url, title, source, publishedAt, ingestedAt}}].
UNWIND $keys AS key
MATCH (s:Company {id: key.source})
CALL (s, key) {
  MATCH (s)<-[r1:SUBJECT|OBJECT]-(a:Assertion)-[r2:SUBJECT|OBJECT]->(t)
  WHERE a.type = key.type AND t.id = key.target AND t <> s
    AND (key.type = 'COMPETES_WITH' OR (type(r1) = 'SUBJECT' AND type(r2) = 'OBJECT'))
  MATCH (a)-[:IN]->(art:Article)
  WITH a, art ORDER BY a.confidence DESC, art.publishedAt IS NULL, art.publishedAt DESC, a.id
  LIMIT $limit
  RETURN collect(a {.sentence, .rule, features: coalesce(a.features, []), .confidence, .status, .amount, .currency, .until,
    article: art {.id, .url, .title, .source, .publishedAt, .ingestedAt}}) AS evidence
}
RETURN key, evidence
