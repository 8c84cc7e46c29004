// Articles whose text may be a near-duplicate: the stored ones with the same id (URL), or sharing a SimHash band.
// The caller measures the Hamming distance. Params: $ids, $bands. Columns: id, simhash.
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.simhash AS simhash
UNION
MATCH (a:Article) WHERE a.simBands IS NOT NULL AND any(b IN a.simBands WHERE b IN $bands)
RETURN a.id AS id, a.simhash AS simhash
