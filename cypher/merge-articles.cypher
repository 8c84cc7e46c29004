// Creates or updates article nodes. Params: $rows [{id, url, title, source, publishedAt (ISO|null), contentHash, text,
// extractor, simhash, simBands}], $now (ISO).
// simhash and the links to its bands, (:SimBand {key: "0:ab"}) nodes, let a syndicated copy be found
// (find-similar-articles, feeds/dedupe.ts). The old band links of an updated article are removed here;
// add-article-bands links the new ones.
// Columns: id.
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
SET a.url = r.url,
    a.title = r.title,
    a.source = r.source,
    a.publishedAt = CASE WHEN r.publishedAt IS NULL THEN null ELSE datetime(r.publishedAt) END,
    a.contentHash = r.contentHash,
    a.text = r.text,
    a.extractor = r.extractor,
    a.simhash = r.simhash,
    a.ingestedAt = datetime($now)
REMOVE a.simBands
WITH a
CALL (a) {
  MATCH (a)-[old:IN_BAND]->(:SimBand)
  DELETE old
}
RETURN a.id AS id
