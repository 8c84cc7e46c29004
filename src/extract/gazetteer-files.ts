// Reads the gazetteer TSV files once, at module load. Missing or malformed
// files give an empty gazetteer: extraction still finds companies from context.
import { readFileSync } from 'node:fs';
import { buildGazetteer, type CompanyEntry, type Gazetteer, type ProductEntry } from './gazetteer.js';

const list = (s: string | undefined): string[] => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);

function readRows(file: string): string[][] {
  try {
    const text = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8');
    const rows = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
    if (rows[0]?.[0]?.trim().toLowerCase() === 'name') rows.shift();
    return rows;
  } catch {
    return [];
  }
}

export function parseCompanies(rows: string[][]): CompanyEntry[] {
  return rows
    .filter((r) => r[0]?.trim())
    .map((r) => ({ name: r[0].trim(), aliases: list(r[1]), tickers: list(r[2]), country: (r[3] ?? '').trim(), industry: (r[4] ?? '').trim().toLowerCase() }));
}

export function parseProducts(rows: string[][]): ProductEntry[] {
  return rows
    .filter((r) => r[0]?.trim())
    .map((r) => ({ name: r[0].trim(), aliases: list(r[1]), owner: r[2]?.trim() || null, kind: (r[3] ?? '').trim() }));
}

export function loadDefaultGazetteer(): Gazetteer {
  return buildGazetteer(parseCompanies(readRows('companies.tsv')), parseProducts(readRows('products.tsv')));
}
