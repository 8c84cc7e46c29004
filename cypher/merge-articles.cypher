// Creates or updates article nodes. Params: $rows [{id, url, title, source, publishedAt (ISO|null), contentHash, text,
// extractor, simhash, simBands}], $now (ISO).
// simhash/simBands let a syndicated copy be found (feeds/dedupe.ts).
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
    a.simBands = r.simBands,
    a.ingestedAt = datetime($now)
RETURN a.id AS id
