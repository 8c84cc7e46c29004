// Creates nodes read from a dump (newsgraph db load). Params: $rows [{label (allowlisted: format.ts), props,
// times: {key: ISO datetime}}]. Columns: created.
UNWIND $rows AS r
CREATE (n:$(r.label))
SET n = r.props
FOREACH (k IN keys(r.times) | SET n[k] = datetime(r.times[k]))
RETURN count(n) AS created
