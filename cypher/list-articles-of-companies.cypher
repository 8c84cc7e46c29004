// One page of the articles that mention each company, newest first (batched). Params: $ids [company id], $skip, $limit.
// Columns: id, total, page [article {id, url, title, source, publishedAt, ingestedAt}].
UNWIND $ids AS id
MATCH (c:Company {id: id})
CALL (c) {
  MATCH (a:Article)-[:MENTIONS]->(c)
  WITH a ORDER BY coalesce(a.publishedAt, a.ingestedAt) DESC, a.id
  RETURN collect(a {.id, .url, .title, .source, .publishedAt, .ingestedAt}) AS articles
}
RETURN id, size(articles) AS total, articles[$skip..$skip + $limit] AS page
