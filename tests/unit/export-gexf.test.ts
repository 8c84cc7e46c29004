import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/export/index.js';
import { fixture, Graph } from './export-fixture.js';

// Read back with graphology-gexf (counts, attributes) and with a plain DOM reader for what
// graphology ignores: the dynamic mode and the start/end intervals Gephi's timeline plays.
describe('toGexf', () => {
  const xml = toGexf(fixture, { today: '2024-08-01' });
  const graph = parse(Graph, xml);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const byId = (tag: 'node' | 'edge', id: string) => {
    const found = Array.from(doc.getElementsByTagName(tag)).find((e) => e.getAttribute('id') === id);
    if (!found) throw new Error(`no ${tag} ${id}`);
    return found;
  };

  it('is well-formed GEXF 1.3, dynamic, with day dates', () => {
    const errors: string[] = [];
    new DOMParser({ errorHandler: (level: string, msg: string) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, 'application/xml');
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect([root.tagName, root.getAttribute('version'), root.getAttribute('xmlns')]).toEqual(['gexf', '1.3', 'http://gexf.net/1.3']);
    const g = doc.getElementsByTagName('graph')[0];
    expect([g.getAttribute('mode'), g.getAttribute('timeformat'), g.getAttribute('defaultedgetype')]).toEqual(['dynamic', 'date', 'directed']);
  });

  // COMPETES_WITH both ways: the stored edge and its reverse copy.
  const edgeIds = [...fixture.edges.map((e) => e.id), 'COMPETES_WITH:nvidia:amd'].sort();

  it('keeps every node and edge, one direction for the whole graph', () => {
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(fixture.nodes.length);
    expect(graph.size).toBe(edgeIds.length);
    expect(graph.edges().sort()).toEqual(edgeIds);
  });

  it.each([
    ['tsmc', { label: 'TSMC', kind: 'COMPANY', mentionCount: 12, aliases: 'Taiwan Semiconductor|TSMC', color: 'rgb(43,108,176)' }],
    ['at-t', { label: 'AT&T <"Ma Bell"> \'s', kind: 'COMPANY', mentionCount: 2 }],
    ['product:h100', { label: 'H100', kind: 'PRODUCT', mentionCount: 4, shape: 'square' }],
  ])('node %s has its attributes', (id, expected) => {
    expect(graph.getNodeAttributes(id)).toMatchObject(expected);
  });

  it.each([
    ['SUPPLIES:tsmc:nvidia', 'tsmc', 'nvidia', { relation: 'SUPPLIES', kind: 'SUPPLIES', symmetric: false, confidence: 0.9375, evidenceCount: 3, weight: 3 }],
    ['COMPETES_WITH:amd:nvidia', 'amd', 'nvidia', { relation: 'COMPETES_WITH', symmetric: true, confidence: 0.8, evidenceCount: 2 }],
    ['COMPETES_WITH:nvidia:amd', 'nvidia', 'amd', { relation: 'COMPETES_WITH', symmetric: true, confidence: 0.8, evidenceCount: 2 }],
    ['SUPPLIES:amd:nvidia', 'amd', 'nvidia', { relation: 'SUPPLIES', symmetric: false, confidence: 0.4, firstSeen: '2024-03-01T00:00:00Z' }],
    ['OFFERS:nvidia:h100', 'nvidia', 'product:h100', { relation: 'OFFERS', symmetric: false, confidence: 0.7 }],
  ])('edge %s runs %s → %s with its attributes', (id, source, target, expected) => {
    expect(graph.isDirected(id)).toBe(true);
    expect([graph.source(id), graph.target(id)]).toEqual([source, target]);
    expect(graph.getEdgeAttributes(id)).toMatchObject({ label: expected.relation, ...expected });
    expect(byId('edge', id).hasAttribute('type')).toBe(false);
  });

  it.each([
    ['node', 'tsmc', '2024-01-10', '2024-06-02'], // 23:30 at -02:00 is the next day in UTC
    ['node', 'nvidia', '2024-01-10', '2024-07-02'], // nanoseconds
    ['node', 'at-t', '2024-03-01', '2024-03-01'], // zone id
    ['node', 'amd', null, null], // never dated: present throughout
    ['node', 'lonely', null, null],
    ['edge', 'SUPPLIES:tsmc:nvidia', null, null], // spells instead, below
    ['edge', 'SUPPLIES:amd:nvidia', null, null],
    ['edge', 'SUPPLIES:nvidia:tsmc', '2024-04-01', '2024-04-01'], // no periods: first … last seen
    ['edge', 'COMPETES_WITH:amd:nvidia', null, null],
    ['edge', 'COMPETES_WITH:nvidia:amd', null, null],
    ['edge', 'OFFERS:nvidia:h100', '2024-02-01', '2024-05-01'],
  ] as const)('%s %s spans %s … %s', (tag, id, start, end) => {
    const el = byId(tag, id);
    expect(el.hasAttribute('start') ? el.getAttribute('start') : null).toBe(start);
    expect(el.hasAttribute('end') ? el.getAttribute('end') : null).toBe(end);
  });

  it.each([
    ['SUPPLIES:tsmc:nvidia', [['2024-01-10', null]]], // still holds: no end
    ['SUPPLIES:amd:nvidia', [[null, '2024-03-01'], ['2024-05-01', '2024-07-15']]], // ended, re-opened, ended
  ] as const)('edge %s holds in the spells of its periods', (id, expected) => {
    const spells = Array.from(byId('edge', id).getElementsByTagName('spell'));
    expect(spells.map((s) => ['start', 'end'].map((a) => (s.hasAttribute(a) ? s.getAttribute(a) : null)))).toEqual(expected);
  });

  it('writes status, validFrom and validTo as edge attributes', () => {
    expect(graph.getEdgeAttributes('SUPPLIES:amd:nvidia')).toMatchObject({ status: 'ENDED', validFrom: '2024-05-01T00:00:00Z', validTo: '2024-07-15T00:00:00Z' });
    expect(graph.getEdgeAttributes('SUPPLIES:tsmc:nvidia')).toMatchObject({ status: 'ACTIVE', validFrom: '2024-01-10T08:00:00Z' });
    expect(graph.getEdgeAttributes('SUPPLIES:tsmc:nvidia')).not.toHaveProperty('validTo');
    expect(graph.getEdgeAttributes('OFFERS:nvidia:h100')).toMatchObject({ status: 'ACTIVE' });
  });
});
