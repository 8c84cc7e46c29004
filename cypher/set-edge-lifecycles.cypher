// Stores what write/lifecycle.ts derived on SUPPLIES and COMPETES_WITH edges: status ('ACTIVE'|'ENDING'|'ENDED'),
// validFrom/validTo (the latest period), and the periods as parallel lists (Neo4j keeps no list of maps):
// periodFrom [ISO string] (0001-01-01… for an unknown start), periodTo [ISO string] (9999-12-31… while open),
// strings because a list of datetimes is no property value `newsgraph db dump` carries,
// periodOpenedBy / periodClosedBy [assertion id, '' for none]. cypher/fragments/status-at.cypher reads them.
// statusChangedAt = $now when the status changes (changes(since) lists endings by it).
// A change ('ENDED'|'REOPENED') also sets updatedAt, so the API's live-edge poller publishes it.
// Params: $rows [{type (allowlisted), sourceId, targetId, status, validFrom, validTo, periodFrom, periodTo, openedBy,
// closedBy, change}], $now. Columns: updated.
UNWIND $rows AS r
MATCH (:Company {id: r.sourceId})-[e:$(r.type)]->(:Company {id: r.targetId})
SET e.statusChangedAt = CASE WHEN e.status IS NULL OR e.status <> r.status THEN datetime($now) ELSE e.statusChangedAt END,
    e.status = r.status,
    e.validFrom = datetime(r.validFrom),
    e.validTo = datetime(r.validTo),
    e.periodFrom = r.periodFrom,
    e.periodTo = r.periodTo,
    e.periodOpenedBy = r.openedBy,
    e.periodClosedBy = r.closedBy,
    e.change = coalesce(r.change, e.change),
    e.updatedAt = CASE WHEN r.change IS NULL THEN e.updatedAt ELSE datetime($now) END
RETURN count(e) AS updated
