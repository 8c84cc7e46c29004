// Deletes the given alias keys that point at nothing (created by lock-alias-keys but never linked).
// Params: $keys [string]. Columns: deleted.
UNWIND $keys AS k
MATCH (a:Alias {key: k})
WHERE NOT EXISTS { (a)-[:OF]->() }
DELETE a
RETURN count(a) AS deleted
