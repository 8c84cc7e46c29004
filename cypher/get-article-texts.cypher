// The stored text of articles and the extractor version that read them (batched); both null for articles stored
// before newsgraph kept them. Params: $ids [string]. Columns: id, text, extractor.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text, a.extractor AS extractor
