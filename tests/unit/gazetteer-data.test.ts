import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Integrity checks for the gazetteer the extractor matches names against.
// Format and policy: src/extract/data/README.md.

const dataDir = fileURLToPath(new URL('../../src/extract/data/', import.meta.url));

interface Table {
  header: string[];
  rows: string[][];
  raw: string;
}

function readTable(file: string): Table {
  const raw = readFileSync(dataDir + file, 'utf8');
  const lines = raw.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const [head = '', ...body] = lines;
  return { header: head.split('\t'), rows: body.map((l) => l.split('\t')), raw };
}

const split = (cell: string | undefined): string[] => (cell ? cell.split('|') : []);

const companies = readTable('companies.tsv');
const products = readTable('products.tsv');
const companyNames = new Set(companies.rows.map((r) => r[0]));

describe('companies.tsv', () => {
  it('has the expected header', () => {
    expect(companies.header).toEqual(['name', 'aliases', 'tickers', 'country', 'industry']);
  });

  it('lists at least 1,000 companies', () => {
    expect(companies.rows.length).toBeGreaterThanOrEqual(1000);
  });

  it('has five columns on every line and no stray whitespace or CR', () => {
    const bad = companies.rows.filter(
      (r) => r.length !== 5 || r.some((c) => c !== c.trim() || c.includes('\r')),
    );
    expect(bad).toEqual([]);
  });

  it('is valid UTF-8 (no replacement characters)', () => {
    expect(companies.raw.includes('\uFFFD')).toBe(false);
  });

  it('has non-empty, unique names (case-insensitive)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const [name = ''] of companies.rows) {
      expect(name.length).toBeGreaterThan(0);
      const key = name.toLowerCase();
      if (seen.has(key)) dups.push(name);
      seen.set(key, name);
    }
    expect(dups).toEqual([]);
  });

  it('has no alias that is the canonical name of a different company', () => {
    const lower = new Map([...companyNames].map((n) => [n.toLowerCase(), n]));
    const clashes: string[] = [];
    for (const [name = '', aliases] of companies.rows) {
      for (const a of split(aliases)) {
        const other = lower.get(a.toLowerCase());
        if (other !== undefined && other !== name) clashes.push(`${name}: ${a} -> ${other}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no alias shared by two companies and no empty or self alias', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const [name = '', aliases = ''] of companies.rows) {
      if (aliases.startsWith('|') || aliases.endsWith('|') || aliases.includes('||')) {
        problems.push(`${name}: empty alias`);
      }
      for (const a of split(aliases)) {
        if (a === name) problems.push(`${name}: alias equals name`);
        const prev = owner.get(a);
        if (prev !== undefined && prev !== name) problems.push(`${a}: ${prev} / ${name}`);
        owner.set(a, name);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses two-letter uppercase country codes', () => {
    const bad = companies.rows.filter((r) => !/^[A-Z]{2}$/.test(r[3] ?? ''));
    expect(bad).toEqual([]);
  });

  it('uses short lowercase industries and whitespace-free tickers', () => {
    const bad = companies.rows.filter(
      (r) => !/^[a-z][a-z ]{1,30}$/.test(r[4] ?? '') || split(r[2]).some((t) => !/^\S+$/.test(t)),
    );
    expect(bad).toEqual([]);
  });
});

describe('products.tsv', () => {
  it('has the expected header', () => {
    expect(products.header).toEqual(['name', 'aliases', 'owner', 'kind']);
  });

  it('lists at least 500 products', () => {
    expect(products.rows.length).toBeGreaterThanOrEqual(500);
  });

  it('has four columns on every line and no stray whitespace or CR', () => {
    const bad = products.rows.filter(
      (r) => r.length !== 4 || r.some((c) => c !== c.trim() || c.includes('\r')),
    );
    expect(bad).toEqual([]);
  });

  it('is valid UTF-8 (no replacement characters)', () => {
    expect(products.raw.includes('\uFFFD')).toBe(false);
  });

  it('has non-empty, unique names', () => {
    const names = products.rows.map((r) => r[0] ?? '');
    expect(names.filter((n) => n === '')).toEqual([]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('names an owner that is a company name in companies.tsv', () => {
    const orphans = products.rows.filter((r) => !companyNames.has(r[2] ?? ''));
    expect(orphans).toEqual([]);
  });

  it('has a lowercase kind on every line', () => {
    const bad = products.rows.filter((r) => !/^[a-z][a-z ]*$/.test(r[3] ?? ''));
    expect(bad).toEqual([]);
  });

  it('uses no surface form that is also a company name or alias', () => {
    const companyForms = new Set<string>();
    for (const [name = '', aliases] of companies.rows) {
      companyForms.add(name);
      for (const a of split(aliases)) companyForms.add(a);
    }
    const clashes = products.rows.flatMap(([name = '', aliases]) =>
      [name, ...split(aliases)].filter((f) => companyForms.has(f)).map((f) => `${name}: ${f}`),
    );
    expect(clashes).toEqual([]);
  });

  it('uses no surface form for two different products', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name = '', aliases] of products.rows) {
      for (const f of [name, ...split(aliases)]) {
        const prev = owner.get(f);
        if (prev !== undefined && prev !== name) clashes.push(`${f}: ${prev} / ${name}`);
        owner.set(f, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
