// Entities each alias key points at, for cross-article resolution. Params: $keys [string]. Columns: key, id, label, name.
UNWIND $keys AS aliasKey
MATCH (a:Alias {key: aliasKey})-[:OF]->(e)
RETURN a.key AS key, e.id AS id, labels(e)[0] AS label, e.name AS name
