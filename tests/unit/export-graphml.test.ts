import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/index.js';
import { fixture, Graph } from './export-fixture.js';

// Read back with graphology-graphml, an independent GraphML reader.
describe('toGraphml', () => {
  const xml = toGraphml(fixture);
  const graph = parse(Graph, xml);

  it('is well-formed XML', () => {
    const errors: string[] = [];
    new DOMParser({ errorHandler: (level: string, msg: string) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, 'application/xml');
    expect(errors).toEqual([]);
  });

  it('keeps every node and edge', () => {
    expect(graph.order).toBe(fixture.nodes.length);
    expect(graph.size).toBe(fixture.edges.length);
    expect(graph.nodes().sort()).toEqual(fixture.nodes.map((n) => n.id).sort());
    expect(graph.edges().sort()).toEqual(fixture.edges.map((e) => e.id).sort());
  });

  it.each([
    ['tsmc', { label: 'TSMC', kind: 'COMPANY', mentionCount: 12, aliases: 'Taiwan Semiconductor | TSMC', firstSeen: '2024-01-10T08:00:00Z' }],
    ['at-t', { label: 'AT&T <"Ma Bell"> \'s', kind: 'COMPANY', mentionCount: 2, aliases: 'AT&T Inc.' }],
    ['product:h100', { label: 'H100', kind: 'PRODUCT', mentionCount: 4 }],
    ['lonely', { label: 'Lonely Co', kind: 'COMPANY', mentionCount: 0, aliases: '' }],
  ])('node %s has its attributes', (id, expected) => {
    expect(graph.getNodeAttributes(id)).toMatchObject(expected);
  });

  it.each([
    ['SUPPLIES:tsmc:nvidia', true, { relation: 'SUPPLIES', confidence: 0.9375, evidenceCount: 3, weight: 3, lastSeen: '2024-06-01T00:00:00Z' }],
    ['SUPPLIES:nvidia:tsmc', true, { relation: 'SUPPLIES', confidence: 0.5, evidenceCount: 1 }],
    ['COMPETES_WITH:amd:nvidia', false, { relation: 'COMPETES_WITH', confidence: 0.8, evidenceCount: 2 }],
    ['OFFERS:nvidia:h100', true, { relation: 'OFFERS', confidence: 0.7 }],
  ])('edge %s (directed: %s) has its attributes', (id, directed, expected) => {
    expect(graph.isDirected(id)).toBe(directed);
    expect(graph.getEdgeAttributes(id)).toMatchObject(expected);
    const edge = fixture.edges.find((e) => e.id === id)!;
    expect([graph.source(id), graph.target(id)]).toEqual([edge.source, edge.target]);
  });

  it('leaves missing dates out rather than writing "null"', () => {
    expect(graph.getEdgeAttributes('COMPETES_WITH:amd:nvidia')).not.toHaveProperty('firstSeen');
    expect(xml).not.toContain('>null<');
  });

  it('marks a truncated graph', () => {
    expect(parse(Graph, toGraphml({ ...fixture, truncated: true })).getAttribute('truncated')).toBe(true);
    expect(graph.getAttribute('truncated')).toBe(false);
  });

  it('writes an empty graph', () => {
    const empty = parse(Graph, toGraphml({ nodes: [], edges: [], truncated: false }));
    expect([empty.order, empty.size]).toEqual([0, 0]);
  });
});
