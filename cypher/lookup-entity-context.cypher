// For ambiguous candidates: how many of the other names in the article belong to entities linked to each candidate.
// Params: $ids [string] candidate ids, $label 'Company'|'Product', $keys [string] the article's other alias keys. Columns: id, score.
UNWIND $ids AS candidateId
OPTIONAL MATCH (cc:Company {id: candidateId}) WHERE $label = 'Company'
OPTIONAL MATCH (cp:Product {id: candidateId}) WHERE $label = 'Product'
WITH coalesce(cc, cp) AS c
WHERE c IS NOT NULL
OPTIONAL MATCH (c)-[:SUPPLIES|COMPETES_WITH|OFFERS]-(n)<-[:OF]-(a:Alias)
WHERE a.key IN $keys
RETURN c.id AS id, count(DISTINCT n) AS score
