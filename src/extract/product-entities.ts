// Products of an article: gazetteer products (a longer model name such as "Falcon X1 Pro" is a
// product of its own) and products found from context, with owners named as the article names them;
// and the OFFERS relations (company → product) that ownership gives.
import type { ExtractedRelation } from './types.js';
import type { Gazetteer } from './gazetteer.js';
import type { RawMention, SentenceInfo } from './mention.js';
import type { CompanyEntity } from './companies.js';
import { contextProducts, gazetteerOwner, type ProductEntity } from './products.js';

export function collectProducts(g: Gazetteer, sentences: SentenceInfo[], companies: Map<string, CompanyEntity>): Map<string, ProductEntity> {
  const products = new Map<string, ProductEntity>();
  const companyName = (name: string | null): string | null => {
    if (!name) return null;
    const e = companies.get(name) ?? [...companies.values()].find((x) => x.gazName?.toLowerCase() === name.toLowerCase());
    if (e) return e.name;
    const idx = g.companyByName.get(name.toLowerCase());
    return idx !== undefined ? g.companies[idx].name : name;
  };
  const add = (m: RawMention, name: string, owner: string | null, confidence: number): void => {
    const key = name.toLowerCase();
    let p = products.get(key);
    if (!p) products.set(key, (p = { key, name, surfaces: new Set(), owner, mentions: [], confidence }));
    p.mentions.push(m);
    p.surfaces.add(m.text);
    p.owner ??= owner;
  };
  sentences.forEach((s, i) => {
    for (const m of s.mentions) {
      if (m.kind !== 'product' || m.index === undefined) continue;
      const p = g.products[m.index];
      // "iPhone 15 Pro" is a model of its own, not another mention of "iPhone".
      const known = [p.name, ...p.aliases].some((n) => n.toLowerCase() === m.text.toLowerCase() || n.toLowerCase() + 's' === m.text.toLowerCase());
      add(m, known ? p.name : m.text, companyName(gazetteerOwner(g, m)), 0.9);
    }
    const found = contextProducts(s, i);
    for (const f of found) add(f.mention, f.mention.text, companyName(f.owner), 0.6);
    if (found.length) s.mentions = [...s.mentions, ...found.map((f) => f.mention)].sort((a, b) => a.start - b.start);
  });
  return products;
}

/** OFFERS: company → product, read from the first sentence naming both (else the product's first sentence). */
export function offers(products: Map<string, ProductEntity>, sentences: SentenceInfo[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const p of products.values()) {
    if (!p.owner) continue;
    const owner = p.owner;
    const both = p.mentions.map((m) => sentences[m.sentence]).find((s) => s.mentions.some((x) => x.entity && x.text && s.text.includes(owner.split(' ')[0])));
    const s = both ?? sentences[p.mentions[0].sentence];
    out.push({ type: 'OFFERS', source: owner, target: p.name, sentence: s.text, start: s.start, end: s.end, confidence: both ? 0.8 : 0.5, rule: 'offers.owner' });
  }
  return out;
}
