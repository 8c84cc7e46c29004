// Deletes up to $limit relationships of any kind (db load --replace empties the database in such steps).
// Params: $limit. Columns: deleted.
MATCH ()-[r]->()
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS deleted
