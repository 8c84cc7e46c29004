// Ingest, before entity resolution reads alias links: takes the exclusive lock of each alias key of the
// batch, creating the Alias node when missing (MERGE on the unique key locks it), so that an ingester
// writing "Meta Platforms (Meta)" and one writing "Meta" run one after the other and the second sees the
// first one's links. Keys the transaction does not link are removed again by delete-unlinked-aliases.
// Params: $keys [string] (distinct, sorted). Columns: none.
UNWIND $keys AS k
MERGE (a:Alias {key: k})
SET a._lock = true
REMOVE a._lock
