// Creates relationships read from a dump between nodes loaded before, found by label and key (the uniqueness
// constraints' indexes). Params: $rows [{line, type (allowlisted: format.ts), fromLabel, from, toLabel, to, props,
// times: {key: ISO datetime}}]. Columns: line (of each row created; a row whose end is missing creates nothing).
UNWIND $rows AS r
CALL (r) {
  MATCH (a:Company {id: r.from}) WHERE r.fromLabel = 'Company' RETURN a
  UNION ALL MATCH (a:Product {id: r.from}) WHERE r.fromLabel = 'Product' RETURN a
  UNION ALL MATCH (a:Article {id: r.from}) WHERE r.fromLabel = 'Article' RETURN a
  UNION ALL MATCH (a:Assertion {id: r.from}) WHERE r.fromLabel = 'Assertion' RETURN a
  UNION ALL MATCH (a:Curation {id: r.from}) WHERE r.fromLabel = 'Curation' RETURN a
  UNION ALL MATCH (a:Alias {key: r.from}) WHERE r.fromLabel = 'Alias' RETURN a
}
CALL (r) {
  MATCH (b:Company {id: r.to}) WHERE r.toLabel = 'Company' RETURN b
  UNION ALL MATCH (b:Product {id: r.to}) WHERE r.toLabel = 'Product' RETURN b
  UNION ALL MATCH (b:Article {id: r.to}) WHERE r.toLabel = 'Article' RETURN b
  UNION ALL MATCH (b:Assertion {id: r.to}) WHERE r.toLabel = 'Assertion' RETURN b
  UNION ALL MATCH (b:Curation {id: r.to}) WHERE r.toLabel = 'Curation' RETURN b
  UNION ALL MATCH (b:Alias {key: r.to}) WHERE r.toLabel = 'Alias' RETURN b
  UNION ALL MATCH (b:SimBand {key: r.to}) WHERE r.toLabel = 'SimBand' RETURN b
}
CREATE (a)-[e:$(r.type)]->(b)
SET e = r.props
FOREACH (k IN keys(r.times) | SET e[k] = datetime(r.times[k]))
RETURN r.line AS line
