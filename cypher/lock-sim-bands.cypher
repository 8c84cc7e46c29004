// Feed dedupe, first in the write transaction: takes the exclusive lock of each SimHash band of the new articles,
// creating the SimBand node when missing (MERGE on the unique key), so that a concurrent writer of a near-identical
// story (it shares a band) waits for this transaction and then finds its article. Params: $keys [string]
// (distinct, sorted: two writers lock in the same order). Columns: none.
UNWIND $keys AS key
MERGE (b:SimBand {key: key})
SET b._lock = true
REMOVE b._lock
