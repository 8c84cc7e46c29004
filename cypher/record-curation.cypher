// Keeps an audit record of a curation: who did what to which entities, when.
// Params: $id, $action 'merge'|'addAlias'|'removeAlias', $source, $target, $alias, $by, $now. Columns: id, at.
CREATE (c:Curation {id: $id, action: $action, source: $source, target: $target, alias: $alias, by: $by, at: datetime($now)})
RETURN c.id AS id, c.at AS at
