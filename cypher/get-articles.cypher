// Articles by id (batched). Params: $ids [string]. Columns: id, article {id, url, title, source, publishedAt, ingestedAt}.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a {.id, .url, .title, .source, .publishedAt, .ingestedAt} AS article
