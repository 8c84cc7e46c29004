import { describe, expect, it } from 'vitest';
import { toEdgesCsv, toEvidenceCsv, toNodesCsv } from '../../src/export/index.js';
import { fixture } from './export-fixture.js';

// RFC 4180 by the letter; pandas and igraph read these files in tests/integration/export-python.int.test.ts.
const lines = (csv: string) => {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(0, -2).split('\r\n');
};

describe('CSV exports', () => {
  it('nodes.csv: a header starting with id, one row per node, markup kept and quoted only when needed', () => {
    const rows = lines(toNodesCsv(fixture));
    expect(rows[0]).toBe('id,label,kind,mentionCount,firstSeen,lastSeen,aliases');
    expect(rows).toHaveLength(1 + fixture.nodes.length);
    expect(rows).toContain('tsmc,TSMC,COMPANY,12,2024-01-10T08:00:00Z,2024-06-02T01:30:00Z,Taiwan Semiconductor|TSMC');
    expect(rows).toContain('at-t,"AT&T <""Ma Bell""> \'s",COMPANY,2,2024-03-01T00:00:00Z,2024-03-01T00:00:00Z,AT&T Inc.');
    expect(rows).toContain('amd,AMD,COMPANY,5,,,');
    expect(rows).toContain('lonely,Lonely Co,COMPANY,0,,,');
  });

  it('edges.csv: source and target first, COMPETES_WITH both ways with symmetric=true', () => {
    const rows = lines(toEdgesCsv(fixture));
    expect(rows[0]).toBe('source,target,id,label,relation,symmetric,confidence,evidenceCount,weight,firstSeen,lastSeen,status,validFrom,validTo');
    expect(rows).toHaveLength(1 + fixture.edges.length + 1);
    expect(rows).toContain('tsmc,nvidia,SUPPLIES:tsmc:nvidia,SUPPLIES,SUPPLIES,false,0.9375,3,3,2024-01-10T08:00:00Z,2024-06-01T00:00:00Z,ACTIVE,2024-01-10T08:00:00Z,');
    expect(rows).toContain('amd,nvidia,COMPETES_WITH:amd:nvidia,COMPETES_WITH,COMPETES_WITH,true,0.8,2,2,,,ACTIVE,,');
    expect(rows).toContain('nvidia,amd,COMPETES_WITH:nvidia:amd,COMPETES_WITH,COMPETES_WITH,true,0.8,2,2,,,ACTIVE,,');
    expect(rows).toContain('amd,nvidia,SUPPLIES:amd:nvidia,SUPPLIES,SUPPLIES,false,0.4,1,1,2024-03-01T00:00:00Z,2024-03-01T00:00:00Z,ENDED,2024-05-01T00:00:00Z,2024-07-15T00:00:00Z');
    expect(rows).toContain('nvidia,product:h100,OFFERS:nvidia:h100,OFFERS,OFFERS,false,0.7,1,1,2024-02-01T00:00:00Z,2024-05-01T00:00:00Z,ACTIVE,,');
  });

  it('replaces the list separator inside an alias', () => {
    const piped = { ...fixture, nodes: [{ id: 'x', label: 'X', kind: 'COMPANY' as const, properties: { aliases: ['A|B', 'C'] } }], edges: [] };
    expect(lines(toNodesCsv(piped))[1]).toBe('x,X,COMPANY,0,,,A/B|C');
  });

  it('evidence.csv: one row per claim, sentences with commas, quotes and line breaks quoted', () => {
    const csv = toEvidenceCsv([
      { edgeId: 'SUPPLIES:tsmc:nvidia', sentence: 'TSMC makes chips for Nvidia, it said.', rule: 'supplies.makes-for', confidence: 0.75, articleId: 'a1', url: 'https://example.com/a?x=1,2', date: '2024-01-10T08:00:00.5+01:00' },
      { edgeId: 'SUPPLIES:tsmc:nvidia', sentence: 'He said "TSMC supplies\r\nNvidia".', rule: 'supplies.verb', confidence: 0.5, articleId: 'a2', url: null, date: null },
    ]);
    expect(csv).toBe(
      'edgeId,sentence,rule,confidence,articleId,url,date\r\n' +
        'SUPPLIES:tsmc:nvidia,"TSMC makes chips for Nvidia, it said.",supplies.makes-for,0.75,a1,"https://example.com/a?x=1,2",2024-01-10T07:00:00Z\r\n' +
        'SUPPLIES:tsmc:nvidia,"He said ""TSMC supplies\r\nNvidia"".",supplies.verb,0.5,a2,,\r\n',
    );
  });

  it('writes only the header for an empty graph', () => {
    expect(toNodesCsv({ nodes: [], edges: [], truncated: false })).toBe('id,label,kind,mentionCount,firstSeen,lastSeen,aliases\r\n');
    expect(toEvidenceCsv([])).toBe('edgeId,sentence,rule,confidence,articleId,url,date\r\n');
  });
});
