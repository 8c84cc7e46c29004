// Whether any article is stored (an empty database gets the bundled examples). Params: none. Columns: id.
MATCH (a:Article)
RETURN a.id AS id
LIMIT 1
