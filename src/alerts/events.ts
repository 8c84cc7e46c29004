import { createHash } from 'node:crypto';
import type { ChangedEdge } from '../graph/read/relationships.js';
import type { AlertEventRow } from '../graph/alerts/webhooks.js';

// The JSON a webhook receives for one relationship change. The event id is derived from the edge, the kind of
// change and when it was written, so the same change always has the same id: receivers dedupe on it.
//
// {"id":"evt_3f…","type":"relationship.changed","change":"NEW","at":"2026-…Z",
//  "relationship":{"id":"SUPPLIES:a:b","type":"SUPPLIES","source":{"id":"a","name":"A"},"target":{…},
//                  "confidence":0.82,"evidenceCount":1,"firstSeen":…,"lastSeen":…},
//  "companies":["a","b"]}

export interface AlertEvent {
  id: string;
  type: 'relationship.changed';
  change: ChangedEdge['change'];
  at: string;
  relationship: {
    id: string;
    type: string;
    source: { id: string; name: string; kind: string };
    target: { id: string; name: string; kind: string };
    confidence: number;
    evidenceCount: number;
    firstSeen: string | null;
    lastSeen: string | null;
  };
  /** The companies the relationship touches (a product end is not a company). */
  companies: string[];
}

export function alertEvent({ change, at, relationship: r }: ChangedEdge): AlertEvent {
  const id = `evt_${createHash('sha256').update(`${r.id}\u0000${change}\u0000${at}`).digest('hex').slice(0, 32)}`;
  const end = (e: typeof r.source) => ({ id: e.id, name: e.name, kind: e.kind });
  return {
    id,
    type: 'relationship.changed',
    change,
    at,
    relationship: {
      id: r.id, type: r.type, source: end(r.source), target: end(r.target),
      confidence: r.confidence, evidenceCount: r.evidenceCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen,
    },
    companies: [r.source, r.target].filter((e) => e.kind === 'COMPANY').map((e) => e.id),
  };
}

export function eventRow(event: AlertEvent): AlertEventRow {
  return { id: event.id, edgeId: event.relationship.id, change: event.change, companies: event.companies, body: JSON.stringify(event) };
}
