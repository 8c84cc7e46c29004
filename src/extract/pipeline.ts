// The extraction pipeline. Order here matters:
// normalise → sentences → gazetteer mentions → candidate names → companies →
// coreference → products → sentence templates → relations → attributes → output.
import type { Article, ExtractedCompany, ExtractedProduct, ExtractedRelation, Extraction } from './types.js';
import type { Gazetteer } from './gazetteer.js';
import type { RawMention, SentenceInfo } from './mention.js';
import { normalise } from './normalise.js';
import { splitSentences } from './sentences.js';
import { keyOf, tokenize } from './tokens.js';
import { matchGazetteer } from './gazetteer-match.js';
import { extendKnownNames } from './extend.js';
import { findCandidates } from './candidates.js';
import { displayName, resolveCompanies, type CompanyEntity } from './companies.js';
import { resolveCoreference } from './coref.js';
import { contextProducts, gazetteerOwner, type ProductEntity } from './products.js';
import { buildTemplate } from './template.js';
import { relationsIn } from './relations.js';
import { dealAttributes } from './attributes.js';
import { CANDIDATE_PREFIX, promote, provisionalKeys } from './promote.js';
import type { Spans } from './people.js';

/** Text past this many characters is kept in `text` but not analysed: bounded time on any input. */
export const MAX_ANALYSED_CHARS = 500_000;

function analyse(text: string, g: Gazetteer): SentenceInfo[] {
  return splitSentences(text, Math.min(text.length, MAX_ANALYSED_CHARS)).map((s, i) => {
    const tokens = tokenize(s.text, s.start);
    const info: SentenceInfo = { ...s, tokens, keys: tokens.map((t) => keyOf(t.text)), mentions: [] };
    info.mentions = extendKnownNames(info, matchGazetteer(g, info, i));
    const covered = new Array<boolean>(tokens.length).fill(false);
    for (const m of info.mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = true;
    info.mentions.push(...findCandidates(info, i, covered));
    info.mentions.sort((a, b) => a.start - b.start);
    return info;
  });
}

function collectProducts(g: Gazetteer, sentences: SentenceInfo[], companies: Map<string, CompanyEntity>): Map<string, ProductEntity> {
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

export function runPipeline(article: Article, g: Gazetteer): Extraction {
  const text = normalise(article?.text);
  const articleId = String(article?.id ?? '');
  const sentences = analyse(text, g);
  const companies = resolveCompanies(g, sentences);
  for (const e of companies.values()) {
    e.gazName = e.gazIndex !== undefined ? g.companies[e.gazIndex].name : undefined;
    e.name = displayName(e, g);
  }
  const unresolved = sentences.map((s) => s.mentions.filter((m) => m.kind === 'candidate' && !m.entity));
  for (const s of sentences) s.mentions = s.mentions.filter((m) => m.kind !== 'candidate' || m.entity);
  resolveCoreference(sentences);
  const products = collectProducts(g, sentences, companies);
  // Names nothing vouched for still get a slot in the templates; a relation rule can vouch for them.
  sentences.forEach((s, i) => {
    const free = unresolved[i].filter((c) => !s.mentions.some((m) => m.start < c.end && c.start < m.end));
    if (free.length) s.mentions = [...s.mentions, ...free].sort((a, b) => a.start - b.start);
  });
  const pool = provisionalKeys(sentences);
  const tagCache = new Map<SentenceInfo, Spans>();

  const ownerKey = new Map<string, string>();
  for (const e of companies.values()) ownerKey.set(e.name.toLowerCase(), e.key);
  const productOf = new Map<RawMention, ProductEntity>();
  for (const p of products.values()) for (const m of p.mentions) productOf.set(m, p);
  const productOwner = (m: RawMention): string | undefined => {
    const owner = productOf.get(m)?.owner;
    return owner ? ownerKey.get(owner.toLowerCase()) : undefined;
  };
  const nameOf = (key: string): string => companies.get(key)?.name ?? pool.get(key)?.[0]?.text ?? key;
  const related = (a: string, b: string): boolean => {
    const [x, y] = [nameOf(a), nameOf(b)].map((n) => n.toLowerCase());
    return x.startsWith(y + ' ') || y.startsWith(x + ' ');
  };

  const relations: ExtractedRelation[] = [];
  for (const s of sentences) {
    const t = buildTemplate(s, productOwner);
    for (const r of relationsIn(s, t, related)) {
      const ok = [r.source, r.target].every((k) => !k.startsWith(CANDIDATE_PREFIX) || promote(k, pool, sentences, companies, tagCache));
      if (!ok) continue;
      const weak = r.source.startsWith(CANDIDATE_PREFIX) || r.target.startsWith(CANDIDATE_PREFIX);
      const named = { ...r, source: nameOf(r.source), target: nameOf(r.target), confidence: weak ? Math.round((r.confidence - 0.15) * 100) / 100 : r.confidence };
      relations.push(r.type === 'SUPPLIES' ? { ...named, ...dealAttributes(s.text) } : named);
    }
  }
  relations.push(...offers(products, sentences));

  const inRelation = new Set(relations.flatMap((r) => [r.source, r.target]));
  const outCompanies: ExtractedCompany[] = [...companies.values()]
    // News agencies cited as a source are not companies of the story.
    .filter((e) => e.industry !== 'news' || inRelation.has(e.name))
    .map((e) => ({
      name: e.name,
      aliases: [...new Set([...e.surfaces, ...(e.gazName ? [e.gazName, ...g.companies[e.gazIndex!].tickers] : [])])].filter((x) => x !== e.name),
      mentions: e.mentions.filter((m) => m.kind !== 'coref').map((m) => ({ text: m.text, start: m.start, end: m.end })),
      confidence: e.confidence,
    }));
  const outProducts: ExtractedProduct[] = [...products.values()].map((p) => ({
    name: p.name,
    aliases: [...p.surfaces].filter((x) => x !== p.name),
    owner: p.owner,
    mentions: p.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
    confidence: p.confidence,
  }));
  return { articleId, text, companies: outCompanies, products: outProducts, relations };
}

/** OFFERS: company → product, read from the first sentence naming both (else the product's first sentence). */
function offers(products: Map<string, ProductEntity>, sentences: SentenceInfo[]): ExtractedRelation[] {
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
