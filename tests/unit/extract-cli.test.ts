import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/extract.js';
import { formatExtraction } from '../../src/cli/format-extraction.js';
import type { ExtractedRelation, Extraction } from '../../src/extract/types.js';

// `newsgraph extract`: a person reads each relation with the rule and the features that decided it;
// --jsonl keeps rule and confidence and adds features on every relation.

const relation = (r: Partial<ExtractedRelation> & Pick<ExtractedRelation, 'type' | 'source' | 'target' | 'rule'>): ExtractedRelation => ({
  start: 0, end: 10, sentence: 'A sentence.', confidence: 0.8, ...r,
});

const extraction: Extraction = {
  articleId: 'art-1',
  text: '…',
  companies: [
    { name: 'Tarvo Labs', aliases: ['Tarvo'], mentions: [{ start: 0, end: 10, text: 'Tarvo Labs' }, { start: 20, end: 25, text: 'Tarvo' }], confidence: 0.9 },
    { name: 'Keld Optics', aliases: [], mentions: [{ start: 29, end: 40, text: 'Keld Optics' }], confidence: 0.9 },
  ],
  products: [{ name: 'Ripple', aliases: [], owner: 'Tarvo Labs', mentions: [{ start: 50, end: 56, text: 'Ripple' }], confidence: 0.7 }],
  relations: [
    relation({
      type: 'SUPPLIES', source: 'Keld Optics', target: 'Tarvo Labs', rule: 'model', sentence: 'Tarvo Labs buys sensors from Keld Optics.',
      features: ['between:buys', 'target-before-source', 'rule:supplies.buys-from', 'f4', 'f5', 'f6', 'f7'], amount: 5e6, currency: 'USD',
    }),
    relation({ type: 'COMPETES_WITH', source: 'Keld Optics', target: 'Tarvo Labs', rule: 'competes.modal-rival', hedged: true, confidence: 0.2 }),
  ],
};

describe('formatExtraction', () => {
  const text = formatExtraction(extraction);

  it('names what the article holds', () => {
    expect(text).toContain('art-1: 2 companies, 1 product, 2 relations');
    expect(text).toContain('Tarvo Labs  (also: Tarvo)  2 mentions');
    expect(text).toContain('Ripple  (maker: Tarvo Labs)  1 mention');
  });

  it('shows each relation with its rule and top features, strongest first, five at most', () => {
    expect(text).toContain('SUPPLIES  Keld Optics → Tarvo Labs  0.80  rule model  amount 5000000 USD');
    expect(text).toContain('features: between:buys, target-before-source, rule:supplies.buys-from, f4, f5, … 2 more');
    expect(text).toContain('"Tarvo Labs buys sensors from Keld Optics."');
    expect(text).not.toContain('f6');
  });

  it('marks hedged claims and says when the extractor named no features', () => {
    expect(text).toContain('COMPETES_WITH  Keld Optics ↔ Tarvo Labs  0.20  rule competes.modal-rival  hedged (not stored)');
    expect(text).toContain('features: (none named)');
  });
});

describe('newsgraph extract', () => {
  let dir: string;
  let out: string[];
  const capture = async (args: string[]) => {
    out = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write);
    try {
      return await run(args);
    } finally {
      log.mockRestore();
      write.mockRestore();
    }
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-extract-'));
    await writeFile(join(dir, 'deal.txt'), 'Tarvo Labs signs chip deal\nTarvo Labs buys its GPUs from Nvidia.\n');
    await writeFile(join(dir, 'articles.jsonl'), `${JSON.stringify({ id: 'd1', text: 'Tarvo Labs buys its GPUs from Nvidia.' })}\n`);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints each relation of a text file with its rule', async () => {
    expect(await capture([join(dir, 'deal.txt')])).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/SUPPLIES {2}Nvidia → Tarvo Labs {2}\d\.\d\d {2}rule \S+/);
    expect(text).toContain('features: ');
  });

  it('--json prints the extraction itself', async () => {
    expect(await capture([join(dir, 'deal.txt'), '--json'])).toBe(0);
    const parsed = JSON.parse(out.join('')) as Extraction;
    expect(parsed.relations.find((r) => r.type === 'SUPPLIES')).toMatchObject({ source: 'Nvidia', target: 'Tarvo Labs', rule: expect.any(String) });
  });

  it('--jsonl keeps rule and confidence and adds features on each relation', async () => {
    expect(await capture([join(dir, 'articles.jsonl'), '--jsonl'])).toBe(0);
    const line = JSON.parse(out.join('').trim()) as { relations: Array<Record<string, unknown>> };
    expect(line.relations[0]).toMatchObject({ source: 'Nvidia', target: 'Tarvo Labs', rule: expect.any(String), confidence: expect.any(Number), features: expect.any(Array) });
  });
});
