// Nodes and relationships of any kind (from Neo4j's count store: instant). Params: none. Columns: nodes, relationships.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
