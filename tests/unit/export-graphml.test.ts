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

  // COMPETES_WITH both ways: the stored edge and its reverse copy.
  const edgeIds = [...fixture.edges.map((e) => e.id), 'COMPETES_WITH:nvidia:amd'].sort();

  it('keeps every node and edge, one direction for the whole graph', () => {
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(fixture.nodes.length);
    expect(graph.size).toBe(edgeIds.length);
    expect(graph.nodes().sort()).toEqual(fixture.nodes.map((n) => n.id).sort());
    expect(graph.edges().sort()).toEqual(edgeIds);
  });

  it.each([
    ['tsmc', { label: 'TSMC', kind: 'COMPANY', mentionCount: 12, aliases: 'Taiwan Semiconductor|TSMC', firstSeen: '2024-01-10T08:00:00Z' }],
    ['at-t', { label: 'AT&T <"Ma Bell"> \'s', kind: 'COMPANY', mentionCount: 2, aliases: 'AT&T Inc.' }],
    ['product:h100', { label: 'H100', kind: 'PRODUCT', mentionCount: 4 }],
    ['lonely', { label: 'Lonely Co', kind: 'COMPANY', mentionCount: 0, aliases: '' }],
  ])('node %s has its attributes', (id, expected) => {
    expect(graph.getNodeAttributes(id)).toMatchObject(expected);
  });

  it.each([
    ['SUPPLIES:tsmc:nvidia', 'tsmc', 'nvidia', { relation: 'SUPPLIES', symmetric: false, confidence: 0.9375, evidenceCount: 3, weight: 3, lastSeen: '2024-06-01T00:00:00Z', status: 'ACTIVE', validFrom: '2024-01-10T08:00:00Z' }],
    ['SUPPLIES:amd:nvidia', 'amd', 'nvidia', { relation: 'SUPPLIES', status: 'ENDED', validFrom: '2024-05-01T00:00:00Z', validTo: '2024-07-15T00:00:00Z' }],
    ['SUPPLIES:nvidia:tsmc', 'nvidia', 'tsmc', { relation: 'SUPPLIES', symmetric: false, confidence: 0.5, evidenceCount: 1 }],
    ['COMPETES_WITH:amd:nvidia', 'amd', 'nvidia', { relation: 'COMPETES_WITH', symmetric: true, confidence: 0.8, evidenceCount: 2 }],
    ['COMPETES_WITH:nvidia:amd', 'nvidia', 'amd', { relation: 'COMPETES_WITH', symmetric: true, confidence: 0.8, evidenceCount: 2 }],
    ['OFFERS:nvidia:h100', 'nvidia', 'product:h100', { relation: 'OFFERS', symmetric: false, confidence: 0.7 }],
  ])('edge %s runs %s → %s with its attributes', (id, source, target, expected) => {
    expect(graph.isDirected(id)).toBe(true);
    expect([graph.source(id), graph.target(id)]).toEqual([source, target]);
    expect(graph.getEdgeAttributes(id)).toMatchObject({ label: expected.relation, ...expected });
  });

  it('writes dates as UTC ISO date-times to the second', () => {
    expect(graph.getNodeAttributes('tsmc')).toMatchObject({ firstSeen: '2024-01-10T08:00:00Z', lastSeen: '2024-06-02T01:30:00Z' });
    expect(graph.getNodeAttributes('nvidia')).toMatchObject({ firstSeen: '2024-01-10T08:00:00Z' });
    expect(graph.getNodeAttributes('at-t')).toMatchObject({ firstSeen: '2024-03-01T00:00:00Z' });
  });

  it('declares every attribute with a GraphML type', () => {
    const declared = Object.fromEntries([...xml.matchAll(/for="(node|edge)" attr\.name="(\w+)" attr\.type="(\w+)"/g)].map((m) => [`${m[1]}.${m[2]}`, m[3]]));
    expect(declared).toEqual({
      'node.label': 'string', 'node.kind': 'string', 'node.mentionCount': 'int', 'node.firstSeen': 'string', 'node.lastSeen': 'string', 'node.aliases': 'string',
      'edge.label': 'string', 'edge.relation': 'string', 'edge.symmetric': 'boolean', 'edge.confidence': 'double', 'edge.evidenceCount': 'int',
      'edge.weight': 'double', 'edge.firstSeen': 'string', 'edge.lastSeen': 'string',
      'edge.status': 'string', 'edge.validFrom': 'string', 'edge.validTo': 'string',
    });
    expect(xml).not.toContain('directed="');
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
