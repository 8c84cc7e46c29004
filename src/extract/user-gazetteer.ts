// Companies a user tracks (NEWSGRAPH_GAZETTEER), in the format of data/companies.tsv, merged with the bundled
// gazetteer. Unlike the bundled files, a user's file is checked line by line: a mistake stops the program
// with the file, the line and the reason, rather than quietly finding nothing.
//   Vantrel Systems	Vantrel|Vantrel Lidar	VTRL	US	sensors
import { readFileSync } from 'node:fs';
import { buildGazetteer, type CompanyEntry, type Gazetteer } from './gazetteer.js';
import { loadDefaultGazetteer } from './gazetteer-files.js';

export class GazetteerFileError extends Error {
  constructor(
    readonly file: string,
    /** 1-based; undefined when the whole file is at fault. */
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line === undefined ? '' : `, line ${line}`}: ${reason}`);
    this.name = 'GazetteerFileError';
  }
}

const COLUMNS = ['name', 'aliases', 'tickers', 'country', 'industry'];

/** Who already uses a surface form (lower-cased): a bundled company or product, or a user's line. */
interface Owner {
  kind: 'company' | 'product';
  name: string;
  /** The form is this company's name, not only one of its aliases. */
  isName: boolean;
  where?: string;
}

function bundledForms(g: Gazetteer): Map<string, Owner> {
  const forms = new Map<string, Owner>();
  for (const p of g.products) for (const f of [p.name, ...p.aliases]) forms.set(f.toLowerCase(), { kind: 'product', name: p.name, isName: false });
  for (const c of g.companies) {
    for (const f of c.aliases) forms.set(f.toLowerCase(), { kind: 'company', name: c.name, isName: false });
    forms.set(c.name.toLowerCase(), { kind: 'company', name: c.name, isName: true });
  }
  return forms;
}

const cells = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);

/** One line → a company, or the reason it is refused. `taken` holds the forms in use so far. */
function parseLine(raw: string, taken: Map<string, Owner>): CompanyEntry | string {
  const parts = raw.split('\t');
  if (parts.length > COLUMNS.length) {
    return `${parts.length} tab-separated cells, expected at most ${COLUMNS.length} (${COLUMNS.join(', ')})`;
  }
  const name = parts[0]!.trim();
  if (name === '') return 'the name (first cell) is empty';
  const entry = { name, aliases: cells(parts[1]), tickers: cells(parts[2]), country: (parts[3] ?? '').trim().toUpperCase(), industry: (parts[4] ?? '').trim().toLowerCase() };
  for (const form of [name, ...entry.aliases]) {
    if (/\s{2,}/.test(form)) return `"${form}" holds a run of spaces: cells are separated by one tab each`;
    if (form.length < 2 || !/[\p{L}\p{N}]/u.test(form)) return `"${form}" is too short to be a name (at least 2 characters, one a letter or digit)`;
  }
  const badTicker = entry.tickers.find((t) => /\s/.test(t));
  if (badTicker) return `ticker "${badTicker}" contains a space (several tickers are separated by |)`;
  if (entry.country !== '' && !/^[A-Z]{2}$/.test(entry.country)) return `country "${parts[3]!.trim()}" is not a two-letter ISO code such as US, GB or DE`;

  const mine = taken.get(name.toLowerCase());
  if (mine?.where) return `"${name}" is already listed (${mine.where})`;
  if (mine?.kind === 'product') return `"${name}" is a product in the bundled gazetteer (${mine.name})`;
  if (mine && !mine.isName) return `"${name}" is an alias of the bundled company "${mine.name}": write "${mine.name}" to add aliases or tickers to it`;
  // A bundled company's own name: this line adds aliases, tickers, country or industry to it.
  const company = mine?.name ?? name;
  for (const alias of entry.aliases) {
    const owner = taken.get(alias.toLowerCase());
    if (!owner || (owner.kind === 'company' && owner.name === company)) continue;
    if (owner.where) return `alias "${alias}" is already used for "${owner.name}" (${owner.where})`;
    return `alias "${alias}" already names the bundled ${owner.kind} "${owner.name}"`;
  }
  return entry;
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GazetteerFileError(file, undefined, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new GazetteerFileError(file, undefined, 'is not UTF-8 text');
  }
}

/**
 * Reads and checks the user's gazetteer files; throws a GazetteerFileError on the first bad line. A line whose
 * name is a bundled company's name adds to that company; any other name or alias already in use is refused.
 */
export function readUserCompanies(files: readonly string[], bundled: Gazetteer = loadDefaultGazetteer()): CompanyEntry[] {
  const taken = bundledForms(bundled);
  const out: CompanyEntry[] = [];
  for (const file of files) {
    const before = out.length;
    let header = true;
    for (const [i, raw] of readText(file).split(/\r?\n/).entries()) {
      if (raw.trim() === '' || raw.startsWith('#')) continue;
      const first = header;
      header = false;
      if (first && raw.split('\t')[0]!.trim().toLowerCase() === 'name') continue;
      const entry = parseLine(raw, taken);
      if (typeof entry === 'string') throw new GazetteerFileError(file, i + 1, entry);
      const company = taken.get(entry.name.toLowerCase())?.name ?? entry.name;
      for (const form of [entry.name, ...entry.aliases]) taken.set(form.toLowerCase(), { kind: 'company', name: company, isName: form === entry.name, where: `${file}, line ${i + 1}` });
      out.push({ ...entry, name: company });
    }
    if (out.length === before) throw new GazetteerFileError(file, undefined, `holds no company lines (expected tab-separated ${COLUMNS.join(', ')})`);
  }
  return out;
}

/** The bundled gazetteer with the user's companies: new ones added, a bundled company's entry extended. */
export function userGazetteer(companies: readonly CompanyEntry[], bundled: Gazetteer = loadDefaultGazetteer()): Gazetteer {
  const extra = new Map<string, CompanyEntry>();
  for (const c of companies) {
    const key = c.name.toLowerCase();
    const seen = extra.get(key);
    extra.set(key, seen ? merge(seen, c) : c);
  }
  const merged = bundled.companies.map((c) => {
    const mine = extra.get(c.name.toLowerCase());
    extra.delete(c.name.toLowerCase());
    return mine ? merge(c, mine) : c;
  });
  return buildGazetteer([...merged, ...extra.values()], bundled.products);
}

function merge(a: CompanyEntry, b: CompanyEntry): CompanyEntry {
  return {
    name: a.name,
    aliases: [...new Set([...a.aliases, ...b.aliases])],
    tickers: [...new Set([...a.tickers, ...b.tickers])],
    country: b.country || a.country,
    industry: b.industry || a.industry,
  };
}
