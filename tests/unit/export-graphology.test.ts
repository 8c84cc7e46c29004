import { describe, expect, it } from 'vitest';
import { toGraphology } from '../../src/export/index.js';
import { fixture, Graph } from './export-fixture.js';

// Imported with graphology's own Graph.from, after a JSON round trip.
describe('toGraphology', () => {
  const graph = Graph.from(JSON.parse(JSON.stringify(toGraphology(fixture))));

  it('is a mixed multigraph with every node and edge', () => {
    expect([graph.type, graph.multi]).toEqual(['mixed', true]);
    expect(graph.order).toBe(fixture.nodes.length);
    expect(graph.size).toBe(fixture.edges.length);
    expect(graph.getAttribute('truncated')).toBe(false);
  });

  it.each([
    ['tsmc', { label: 'TSMC', kind: 'COMPANY', mentionCount: 12, aliases: ['Taiwan Semiconductor', 'TSMC'], color: '#2b6cb0' }],
    ['product:h100', { label: 'H100', kind: 'PRODUCT', color: '#dd6b20' }],
  ])('node %s has its attributes', (id, expected) => {
    expect(graph.getNodeAttributes(id)).toMatchObject(expected);
  });

  it('gives every node a position and a size (sigma.js needs them)', () => {
    graph.forEachNode((_, a) => {
      expect([typeof a.x, typeof a.y, typeof a.size]).toEqual(['number', 'number', 'number']);
    });
  });

  it.each([
    ['SUPPLIES:tsmc:nvidia', true, { type: 'SUPPLIES', confidence: 0.9375, evidenceCount: 3 }],
    ['SUPPLIES:nvidia:tsmc', true, { type: 'SUPPLIES', confidence: 0.5 }],
    ['COMPETES_WITH:amd:nvidia', false, { type: 'COMPETES_WITH', confidence: 0.8, firstSeen: null, status: 'ACTIVE' }],
    ['SUPPLIES:amd:nvidia', true, { type: 'SUPPLIES', status: 'ENDED', validFrom: '2024-05-01T00:00:00Z', validTo: '2024-07-15T00:00:00Z' }],
    ['OFFERS:nvidia:h100', true, { type: 'OFFERS' }],
  ])('edge %s (directed: %s) has its attributes', (id, directed, expected) => {
    expect(graph.isDirected(id)).toBe(directed);
    expect(graph.getEdgeAttributes(id)).toMatchObject(expected);
  });
});
