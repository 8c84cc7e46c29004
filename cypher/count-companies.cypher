// How many companies (from the count store). Params: none. Columns: total.
MATCH (c:Company)
RETURN count(c) AS total
