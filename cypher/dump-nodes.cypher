// Every node, for a dump (newsgraph db dump), streamed in storage order. Params: none.
// Columns: labels, props, types ([key, valueType] of each property, e.g. ['confidence', 'FLOAT NOT NULL']).
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types
