// How many products (from the count store). Params: none. Columns: total.
MATCH (p:Product)
RETURN count(p) AS total
