// Start-up, after the schema: articles stored before SimHash bands were nodes keep them in a `simBands` list
// property; link each to its (:SimBand) nodes and remove the list. Idempotent; finds nothing once done. Runs as
// an auto-commit statement (IN TRANSACTIONS). Params: none. Columns: linked.
MATCH (a:Article) WHERE a.simBands IS NOT NULL
CALL (a) {
  FOREACH (key IN a.simBands | MERGE (b:SimBand {key: key}) MERGE (a)-[:IN_BAND]->(b))
  REMOVE a.simBands
} IN TRANSACTIONS OF 1000 ROWS
RETURN count(a) AS linked
