// Deletes up to $limit nodes, with whatever relationships they still have (db load --replace, after
// delete-some-relationships). Params: $limit. Columns: deleted.
MATCH (n)
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS deleted
