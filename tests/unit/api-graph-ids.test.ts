import { describe, expect, it } from 'vitest';
import { edgeId, nodeId, parseEdgeId } from '../../src/graph/read/graph-view.js';

describe('graph ids', () => {
  it('node ids keep companies and products apart', () => {
    expect(nodeId('COMPANY', 'nvidia')).toBe('nvidia');
    expect(nodeId('PRODUCT', 'h100')).toBe('product:h100');
  });

  it.each([
    ['SUPPLIES:tsmc:nvidia', { type: 'SUPPLIES', source: 'tsmc', target: 'nvidia' }],
    ['COMPETES_WITH:amd:nvidia', { type: 'COMPETES_WITH', source: 'amd', target: 'nvidia' }],
    ['OFFERS:nvidia:h100', { type: 'OFFERS', source: 'nvidia', target: 'h100' }],
    ['LIKES:a:b', undefined],
    ['SUPPLIES:a', undefined],
    ['SUPPLIES:a:b:c', undefined],
    ['SUPPLIES::b', undefined],
    ['', undefined],
  ])('%j parses to %j', (id, parts) => {
    expect(parseEdgeId(id)).toEqual(parts);
    if (parts) expect(edgeId(parts.type as 'SUPPLIES', parts.source, parts.target)).toBe(id);
  });
});
