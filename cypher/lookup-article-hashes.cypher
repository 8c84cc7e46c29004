// Content hashes of the given articles, to skip unchanged ones. Params: $ids [string]. Columns: id, contentHash.
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS id, a.contentHash AS contentHash
