import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toCytoscape } from '../../src/export/index.js';
import { fixture } from './export-fixture.js';

// Loaded into a headless Cytoscape.js, after a JSON round trip (what an HTTP client gets).
describe('toCytoscape', () => {
  const json = JSON.parse(JSON.stringify(toCytoscape(fixture))) as ReturnType<typeof toCytoscape>;
  const cy = cytoscape({ headless: true });
  cy.add(json.elements);

  it('keeps every node and edge', () => {
    expect(cy.nodes().length).toBe(fixture.nodes.length);
    expect(cy.edges().length).toBe(fixture.edges.length);
    expect(cy.edges().map((e) => e.id()).sort()).toEqual(fixture.edges.map((e) => e.id).sort());
  });

  it.each([
    ['tsmc', { label: 'TSMC', name: 'TSMC', kind: 'COMPANY', mentionCount: 12, aliases: ['Taiwan Semiconductor', 'TSMC'] }],
    ['product:h100', { label: 'H100', kind: 'PRODUCT', mentionCount: 4 }],
    ['lonely', { label: 'Lonely Co', mentionCount: 0, aliases: [], firstSeen: null }],
  ])('node %s has its data', (id, expected) => {
    expect(cy.getElementById(id).data()).toMatchObject(expected);
  });

  it.each([
    ['SUPPLIES:tsmc:nvidia', { source: 'tsmc', target: 'nvidia', type: 'SUPPLIES', interaction: 'SUPPLIES', directed: true, confidence: 0.9375, evidenceCount: 3 }],
    ['COMPETES_WITH:amd:nvidia', { type: 'COMPETES_WITH', directed: false, firstSeen: null, lastSeen: null, status: 'ACTIVE', validFrom: null, validTo: null }],
    ['SUPPLIES:amd:nvidia', { type: 'SUPPLIES', status: 'ENDED', validFrom: '2024-05-01T00:00:00Z', validTo: '2024-07-15T00:00:00Z' }],
    ['OFFERS:nvidia:h100', { source: 'nvidia', target: 'product:h100', type: 'OFFERS' }],
  ])('edge %s has its data', (id, expected) => {
    const edge = cy.getElementById(id);
    expect(edge.isEdge()).toBe(true);
    expect(edge.data()).toMatchObject(expected);
  });

  it('connects edges to their nodes', () => {
    expect(cy.getElementById('nvidia').connectedEdges().length).toBe(5);
    expect(cy.getElementById('lonely').degree(false)).toBe(0);
  });

  it('carries the cyjs header Cytoscape desktop expects', () => {
    expect(json).toMatchObject({ format_version: '1.0', generated_by: 'newsgraph', data: { truncated: false } });
  });
});
