// How many articles pass list-articles' filter. Params: $since (ISO datetime or null). Columns: total.
MATCH (a:Article)
WHERE $since IS NULL OR coalesce(a.publishedAt, a.ingestedAt) >= datetime($since)
RETURN count(a) AS total
