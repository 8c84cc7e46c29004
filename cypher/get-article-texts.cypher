// The stored text of articles and the extractor version that read them (batched); both null for articles stored
// before newsgraph kept them; and the other URLs the story was seen at (syndicated copies, feeds/dedupe.ts).
// Params: $ids [string]. Columns: id, text, extractor, alsoAt.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text, a.extractor AS extractor, coalesce(a.alsoAt, []) AS alsoAt
