import graphology from 'graphology';
import type { ExportGraph } from '../../src/export/index.js';

// graphology ships ESM at run time but CommonJS-style types, so under NodeNext its default
// import is typed as the module namespace; this is the class it really is.
export const Graph = graphology as unknown as typeof graphology.default;

// A small graph with the awkward cases: markup in names, a product, a symmetric edge,
// edges both ways between one pair, two types between one pair, missing dates, a lone node.
export const fixture: ExportGraph = {
  truncated: false,
  nodes: [
    {
      id: 'tsmc',
      label: 'TSMC',
      kind: 'COMPANY',
      properties: { mentionCount: 12, firstSeen: '2024-01-10T08:00:00Z', lastSeen: '2024-06-01T23:30:00-02:00', aliases: ['Taiwan Semiconductor', 'TSMC'] },
    },
    {
      id: 'nvidia',
      label: 'Nvidia',
      kind: 'COMPANY',
      properties: { mentionCount: 30, firstSeen: '2024-01-10T08:00:00.123456789Z', lastSeen: '2024-07-02T00:00:00Z', aliases: [] },
    },
    {
      id: 'at-t',
      label: 'AT&T <"Ma Bell"> \'s',
      kind: 'COMPANY',
      properties: { mentionCount: 2, firstSeen: '2024-03-01T00:00:00Z[Europe/Paris]', lastSeen: '2024-03-01T00:00:00Z', aliases: ['AT&T Inc.'] },
    },
    { id: 'amd', label: 'AMD', kind: 'COMPANY', properties: { mentionCount: 5, firstSeen: null, lastSeen: null, aliases: [] } },
    { id: 'product:h100', label: 'H100', kind: 'PRODUCT', properties: { mentionCount: 4, firstSeen: '2024-02-01T00:00:00Z', lastSeen: '2024-05-01T00:00:00Z', aliases: ['H100 GPU'] } },
    { id: 'lonely', label: 'Lonely Co', kind: 'COMPANY', properties: null },
  ],
  edges: [
    { id: 'SUPPLIES:tsmc:nvidia', source: 'tsmc', target: 'nvidia', type: 'SUPPLIES', confidence: 0.9375, evidenceCount: 3, firstSeen: '2024-01-10T08:00:00Z', lastSeen: '2024-06-01T00:00:00Z',
      status: 'ACTIVE', validFrom: '2024-01-10T08:00:00Z', validTo: null, periods: [{ from: '2024-01-10T08:00:00Z', to: null }] },
    { id: 'SUPPLIES:nvidia:tsmc', source: 'nvidia', target: 'tsmc', type: 'SUPPLIES', confidence: 0.5, evidenceCount: 1, firstSeen: '2024-04-01T00:00:00Z', lastSeen: '2024-04-01T00:00:00Z' },
    { id: 'COMPETES_WITH:amd:nvidia', source: 'amd', target: 'nvidia', type: 'COMPETES_WITH', confidence: 0.8, evidenceCount: 2, firstSeen: null, lastSeen: null },
    // Ended, then re-opened: two periods (the first known only from its end).
    {
      id: 'SUPPLIES:amd:nvidia', source: 'amd', target: 'nvidia', type: 'SUPPLIES', confidence: 0.4, evidenceCount: 1, firstSeen: '2024-03-01T00:00:00Z', lastSeen: '2024-03-01T00:00:00Z',
      status: 'ENDED', validFrom: '2024-05-01T00:00:00Z', validTo: '2024-07-15T00:00:00Z',
      periods: [{ from: null, to: '2024-03-01T00:00:00Z' }, { from: '2024-05-01T00:00:00Z', to: '2024-07-15T00:00:00Z' }],
    },
    { id: 'OFFERS:nvidia:h100', source: 'nvidia', target: 'product:h100', type: 'OFFERS', confidence: 0.7, evidenceCount: 1, firstSeen: '2024-02-01T00:00:00Z', lastSeen: '2024-05-01T00:00:00Z' },
    { id: 'SUPPLIES:at-t:tsmc', source: 'at-t', target: 'tsmc', type: 'SUPPLIES', confidence: 0.6, evidenceCount: 1, firstSeen: '2024-03-01T00:00:00Z', lastSeen: '2024-03-01T00:00:00Z' },
  ],
};
