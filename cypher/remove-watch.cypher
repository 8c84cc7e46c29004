// Stops watching a company. Params: $companyId. Columns: removed.
MATCH (w:Watch {companyId: $companyId})
DELETE w
RETURN count(*) AS removed
