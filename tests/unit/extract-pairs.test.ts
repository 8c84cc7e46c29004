import { describe, expect, it } from 'vitest';
import { testGazetteer } from './extract-fixture.js';
import { runPipeline } from '../../src/extract/pipeline.js';

/** The candidate pairs of each sentence, as "A/B" with A written first. */
function pairs(text: string): string[][] {
  const out: string[][] = [];
  runPipeline({ id: 't', text }, testGazetteer, { observe: (p) => (out[p.sentence] ??= []).push(`${p.a}/${p.b}`) });
  return out.map((s) => [...new Set(s ?? [])].sort());
}

describe('extract: candidate pairs', () => {
  it('pairs every member of a list with every other', () => {
    expect(pairs('Globex, Litware, Initech and Contoso are vying for the contract.')[0]).toEqual(
      ['Globex/Contoso', 'Globex/Initech', 'Globex/Litware', 'Initech/Contoso', 'Litware/Contoso', 'Litware/Initech'],
    );
  });

  it('pairs a subject with each member of a list it acts on', () => {
    expect(pairs('Contoso supplies Fabrikam, Initech and Tailspin Toys.')[0]).toEqual(
      expect.arrayContaining(['Contoso/Fabrikam', 'Contoso/Initech', 'Contoso/Tailspin Toys']),
    );
  });

  it('keeps the subject of a sentence paired across an appositive', () => {
    expect(pairs('Contoso, a chipmaker backed by Globex, sells modems to Fabrikam.')[0]).toEqual(
      expect.arrayContaining(['Contoso/Fabrikam', 'Contoso/Globex', 'Globex/Fabrikam']),
    );
  });

  it('pairs "the company" through coreference with the company it stands for', () => {
    expect(pairs('Contoso makes modems. The company sells them to Fabrikam.')[1]).toEqual(['Contoso/Fabrikam']);
  });

  it('makes no pair of a company with itself or of a sentence with one company', () => {
    expect(pairs('Contoso said Contoso Corp would grow. Fabrikam grew.').flat()).toEqual([]);
  });
});
