// What reads return of relationship EDGE's lifecycle, as a map: its status on $asOf (status-at.cypher), its latest
// validity, its periods as stored (parallel lists, see set-edge-lifecycles.cypher; null for an edge without), its last
// change and first sighting. src/graph/read/lifecycle.ts turns it into the fields of a relationship.
{status: {{status-at EDGE}}, validFrom: EDGE.validFrom, validTo: EDGE.validTo, change: EDGE.change,
 periodFrom: EDGE.periodFrom, periodTo: EDGE.periodTo, openedBy: EDGE.periodOpenedBy, closedBy: EDGE.periodClosedBy,
 firstSeen: EDGE.firstSeen}
