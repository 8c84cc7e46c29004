// The gazetteer: known companies and products, matched with a token trie.
// Never loaded into compromise's lexicon: it is case-insensitive, and "High"
// or "Power" would become companies everywhere. Case is checked after lookup.
import { keyOf, tokenize } from './tokens.js';

export interface CompanyEntry {
  name: string;
  aliases: string[];
  tickers: string[];
  country: string;
  industry: string;
}

export interface ProductEntry {
  name: string;
  aliases: string[];
  owner: string | null;
  kind: string;
}

export interface TrieHit {
  kind: 'company' | 'product';
  /** Index into companies or products. */
  index: number;
  /** The surface tokens as the gazetteer writes them, for the case check. */
  tokens: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: TrieHit[];
}

export interface Gazetteer {
  companies: CompanyEntry[];
  products: ProductEntry[];
  companyByName: Map<string, number>;
  /** A product's kind ("brand", "device") by its name as written. */
  productKind: Map<string, string>;
  root: TrieNode;
}

const node = (): TrieNode => ({ next: new Map(), hits: [] });

function insert(root: TrieNode, surface: string, hit: Omit<TrieHit, 'tokens'>): void {
  const toks = tokenize(surface).map((t) => t.text);
  if (toks.length === 0 || toks.length > 12) return;
  let n = root;
  for (const t of toks) {
    const k = keyOf(t);
    let child = n.next.get(k);
    if (!child) n.next.set(k, (child = node()));
    n = child;
  }
  if (!n.hits.some((h) => h.kind === hit.kind && h.index === hit.index)) n.hits.push({ ...hit, tokens: toks });
}

// Store and restaurant chains are companies even when listed as a parent's brand ("a Contoso Burgers outlet").
const CHAIN_INDUSTRIES = new Set(['restaurants', 'retail', 'hotels', 'supermarkets', 'grocery']);

export function buildGazetteer(allCompanies: CompanyEntry[], allProducts: ProductEntry[]): Gazetteer {
  const industryOf = new Map(allCompanies.map((c) => [c.name.toLowerCase(), c.industry]));
  // Only a multi-brand holding's brands are chains (Yum! Brands' Taco Bell); a chain's own brands are products (a burger).
  const isChain = (p: ProductEntry): boolean =>
    p.kind === 'brand' && !!p.owner && /\b(?:Brands|Group|Holdings?|International)\b/.test(p.owner) && CHAIN_INDUSTRIES.has(industryOf.get(p.owner.toLowerCase()) ?? '');
  const companies = [...allCompanies, ...allProducts.filter(isChain).map((p) => ({ name: p.name, aliases: p.aliases, tickers: [], country: '', industry: industryOf.get(p.owner!.toLowerCase()) ?? '' }))];
  const products = allProducts.filter((p) => !isChain(p));
  const root = node();
  const companyByName = new Map<string, number>();
  companies.forEach((c, index) => {
    companyByName.set(c.name.toLowerCase(), index);
    for (const s of [c.name, ...c.aliases]) if (s.trim().length > 1) insert(root, s, { kind: 'company', index });
  });
  products.forEach((p, index) => {
    for (const s of [p.name, ...p.aliases]) if (s.trim().length > 1) insert(root, s, { kind: 'product', index });
  });
  const productKind = new Map(products.map((p) => [p.name, p.kind]));
  return { companies, products, companyByName, productKind, root };
}

/** Longest-first lookup from token i: returns [length, hits] candidates, longest first. */
export function lookupAt(g: Gazetteer, keys: string[], i: number): Array<[number, TrieHit[]]> {
  const found: Array<[number, TrieHit[]]> = [];
  let n: TrieNode | undefined = g.root;
  for (let j = i; j < keys.length && n; j++) {
    n = n.next.get(keys[j]);
    if (n && n.hits.length) found.push([j - i + 1, n.hits]);
  }
  return found.reverse();
}
