// Deletes an article node (its claims are removed first by delete-article-claims). Params: $id. Columns: deleted.
MATCH (a:Article {id: $id})
DETACH DELETE a
RETURN count(*) AS deleted
