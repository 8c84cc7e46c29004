// Content hashes and extractor versions of the given articles, to skip unchanged ones. Params: $ids [string].
// Columns: id, contentHash, extractor (null when stored before it was recorded).
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS id, a.contentHash AS contentHash, a.extractor AS extractor
