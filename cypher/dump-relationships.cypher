// Every relationship, for a dump, with its two ends named by label and key (an Alias or SimBand by its key, the rest by id).
// Params: none. Columns: type, fromLabels, fromKey, toLabels, toKey, props, types ([key, valueType] of each property).
MATCH (a)-[r]->(b)
RETURN type(r) AS type,
       labels(a) AS fromLabels, CASE WHEN a:Alias OR a:SimBand THEN a.key ELSE a.id END AS fromKey,
       labels(b) AS toLabels, CASE WHEN b:Alias OR b:SimBand THEN b.key ELSE b.id END AS toKey,
       properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types
