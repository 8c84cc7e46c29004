// Articles whose text may be a near-duplicate: the stored ones with the same id (URL), or linked to one of the
// given SimHash bands. Each band is a (:SimBand {key}) node found through its uniqueness constraint's index, so
// only the articles sharing a band are read. The caller measures the Hamming distance.
// Params: $ids, $bands ["0:ab", …]. Columns: id, simhash.
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.simhash AS simhash
UNION
UNWIND $bands AS key
MATCH (:SimBand {key: key})<-[:IN_BAND]-(a:Article)
RETURN a.id AS id, a.simhash AS simhash
