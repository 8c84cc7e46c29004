// Links written articles to their SimHash bands, creating the (:SimBand) nodes missing. The rows come sorted by
// key, so concurrent writers take the band nodes' locks in one order (as lock-sim-bands does).
// Params: $rows [{id, key}]. Columns: linked.
UNWIND $rows AS r
MATCH (a:Article {id: r.id})
MERGE (b:SimBand {key: r.key})
CREATE (a)-[:IN_BAND]->(b)
RETURN count(*) AS linked
