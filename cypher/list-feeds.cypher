// Every followed feed with its state, by URL. Params: none. Columns: feed {url, intervalMs, ...state}.
MATCH (f:Feed)
RETURN f {.*} AS feed
ORDER BY f.url
