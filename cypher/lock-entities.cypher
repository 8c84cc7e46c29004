// Takes the exclusive write lock of each given entity until commit (a property write locks the node), so
// that counts and derived edges read after it cannot be changed by a concurrent writer (lost updates).
// Callers pass every entity the transaction touches, sorted (uniqueEntities), so that two writers lock in
// one order; a deadlock that still happens is retried by the managed transaction.
// Params: $rows [{id, label: 'Company'|'Product'}] (distinct, sorted). Columns: id, label (of the entities that exist).
UNWIND $rows AS r
OPTIONAL MATCH (c:Company {id: r.id}) WHERE r.label = 'Company'
OPTIONAL MATCH (p:Product {id: r.id}) WHERE r.label = 'Product'
WITH r, coalesce(c, p) AS e
WHERE e IS NOT NULL
SET e._lock = true
REMOVE e._lock
RETURN r.id AS id, r.label AS label
