// How many relationship edges pass the filters of list-relationships. Params: $types, $minConfidence, $since, $asOf, $statuses. Columns: total.
MATCH (:Company)-[r:SUPPLIES|COMPETES_WITH|OFFERS]->()
WHERE type(r) IN $types AND r.confidence >= $minConfidence AND ($since IS NULL OR r.lastSeen >= datetime($since))
  AND {{status-at r}} IN $statuses
RETURN count(r) AS total
