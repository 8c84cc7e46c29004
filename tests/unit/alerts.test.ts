import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestMarkdown } from '../../src/alerts/digest.js';
import { alertEvent, eventRow } from '../../src/alerts/events.js';
import { sign, verifySignature } from '../../src/alerts/signature.js';
import { changeKindOf, type ChangedEdge } from '../../src/graph/read/relationships.js';
import type { EntityView } from '../../src/graph/read/views.js';

const entity = (id: string, name: string, kind: 'COMPANY' | 'PRODUCT' = 'COMPANY'): EntityView => ({
  kind, id, name, aliases: [], mentionCount: 1, firstSeen: null, lastSeen: null, createdAt: null,
});

const change = (over: Partial<ChangedEdge> = {}): ChangedEdge => ({
  change: 'NEW',
  at: '2026-12-01T08:00:00Z',
  relationship: {
    id: 'SUPPLIES:harrowgate:velmora', type: 'SUPPLIES', source: entity('harrowgate', 'Harrowgate Ceramics'), target: entity('velmora', 'Velmora Rail'),
    confidence: 0.7, evidenceCount: 1, firstSeen: '2026-12-01T08:00:00Z', lastSeen: '2026-12-01T08:00:00Z', createdAt: '2026-12-01T08:00:00Z',
    status: 'ACTIVE', validFrom: '2026-12-01T08:00:00Z', validTo: null, periods: [], change: 'NEW',
  },
  ...over,
});

describe('webhook signatures', () => {
  it('is HMAC-SHA256 of the body under the secret, as sha256=<hex>', () => {
    const body = '{"id":"evt_1"}';
    expect(sign('s3cret', body)).toBe(`sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`);
    expect(verifySignature('s3cret', body, sign('s3cret', body))).toBe(true);
    expect(verifySignature('other', body, sign('s3cret', body))).toBe(false);
    expect(verifySignature('s3cret', `${body} `, sign('s3cret', body))).toBe(false);
    expect(verifySignature('s3cret', body, undefined)).toBe(false);
  });
});

describe('alert events', () => {
  it('has an id fixed by edge, kind and moment, and names the companies touched', () => {
    const a = alertEvent(change());
    expect(a.id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(alertEvent(change()).id).toBe(a.id);
    expect(alertEvent(change({ change: 'STRENGTHENED' })).id).not.toBe(a.id);
    expect(alertEvent(change({ at: '2026-12-02T08:00:00Z' })).id).not.toBe(a.id);
    expect(a.companies).toEqual(['harrowgate', 'velmora']);
    const row = eventRow(a);
    expect(JSON.parse(row.body)).toEqual(a);
    expect(row).toMatchObject({ edgeId: 'SUPPLIES:harrowgate:velmora', change: 'NEW', companies: ['harrowgate', 'velmora'] });
  });
  it('leaves a product end out of the companies', () => {
    const offers = change({ relationship: { ...change().relationship, type: 'OFFERS', target: entity('tile-x', 'Tile X', 'PRODUCT') } });
    expect(alertEvent(offers).companies).toEqual(['harrowgate']);
  });
  it('calls an edge whose last change is its creation NEW, a later one STRENGTHENED', () => {
    expect(changeKindOf({ createdAt: '2026-12-01T08:00:00Z' }, '2026-12-01T08:00:00Z')).toBe('NEW');
    expect(changeKindOf({ createdAt: '2026-12-01T08:00:00Z' }, '2026-12-04T08:00:00Z')).toBe('STRENGTHENED');
    // An edge that records its lifecycle names its last change itself.
    expect(changeKindOf({ createdAt: '2026-12-01T08:00:00Z', change: 'ENDED' }, '2026-12-04T08:00:00Z')).toBe('ENDED');
    expect(changeKindOf({ createdAt: '2026-12-01T08:00:00Z', change: null }, '2026-12-01T08:00:00Z')).toBe('NEW');
  });
});

describe('digest as Markdown', () => {
  it('has a section per company and a line per change with its sentence', () => {
    const c = change();
    const md = digestMarkdown({
      since: '2026-11-30T00:00:00.000Z',
      scope: 'watchlist',
      companies: [{
        company: c.relationship.source,
        changes: [{
          ...c,
          evidence: {
            sentence: 'Harrowgate Ceramics will supply insulating tiles to Velmora Rail.', rule: 'r', features: [], confidence: 0.7, status: null,
            amount: null, currency: null, until: null,
            article: { id: 'a1', url: 'https://n.example/a1', title: 'Tiles deal', source: 'Wire', publishedAt: '2026-12-01T08:00:00Z', ingestedAt: '2026-12-01T09:00:00Z' },
          },
        }],
      }],
    });
    expect(md).toBe([
      '# newsgraph digest since 2026-11-30T00:00:00.000Z',
      '',
      '## Harrowgate Ceramics (harrowgate)',
      '',
      '- **NEW** Harrowgate Ceramics supplies Velmora Rail (confidence 0.70, 1 source)',
      '  > Harrowgate Ceramics will supply insulating tiles to Velmora Rail.',
      '  > — Tiles deal, https://n.example/a1, 2026-12-01',
      '',
    ].join('\n'));
    expect(digestMarkdown({ since: 'x', scope: 'all', companies: [] })).toContain('Nothing changed for any company.');
  });
});
