// The extraction pipeline. Order here matters:
// normalise → sentences → gazetteer mentions → candidate names → companies →
// coreference → products → sentence templates → candidate pairs → features → model → attributes → output.
import type { Article, ExtractedCompany, ExtractedProduct, Extraction } from './types.js';
import type { Gazetteer } from './gazetteer.js';
import type { RawMention, SentenceInfo } from './mention.js';
import { normalise } from './normalise.js';
import { splitSentences } from './sentences.js';
import { keyOf, tokenize } from './tokens.js';
import { matchGazetteer } from './gazetteer-match.js';
import { extendKnownNames } from './extend.js';
import { dropGlued, dropOtherNames } from './glued.js';
import { findCandidates, markListed, markNamedKinds } from './candidates.js';
import { displayName, normKey, resolveCompanies } from './companies.js';
import { resolveCoreference } from './coref.js';
import type { ProductEntity } from './products.js';
import { collectProducts, offers } from './product-entities.js';
import { buildTemplate } from './template.js';
import { readClaims, type ClaimOptions } from './claims.js';
import { CANDIDATE_PREFIX, promote, provisionalKeys } from './promote.js';
import type { Spans } from './people.js';

/** Text past this many characters is kept in `text` but not analysed: bounded time on any input. */
export const MAX_ANALYSED_CHARS = 500_000;

function analyse(text: string, g: Gazetteer): SentenceInfo[] {
  const otherNames = new Set<string>();
  const sentences = splitSentences(text, Math.min(text.length, MAX_ANALYSED_CHARS)).map((s, i) => {
    const tokens = tokenize(s.text, s.start);
    const info: SentenceInfo = { ...s, tokens, keys: tokens.map((t) => keyOf(t.text)), mentions: [] };
    const glued = dropGlued(info, matchGazetteer(g, info, i));
    for (const w of glued.otherNames) otherNames.add(w);
    info.mentions = extendKnownNames(info, glued.kept);
    const covered = new Array<boolean>(tokens.length).fill(false);
    for (const m of info.mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = true;
    info.mentions.push(...findCandidates(info, i, covered));
    info.mentions.sort((a, b) => a.start - b.start);
    markListed(info);
    markNamedKinds(info);
    return info;
  });
  dropOtherNames(sentences, otherNames);
  return sentences;
}

/** Gazetteer product kinds that are trading names of a business: "Gillette", "CNN", not "HBM3" or "iPhone". */
const BRAND_KINDS = new Set(['brand', 'network']);

export type PipelineOptions = ClaimOptions;

export function runPipeline(article: Article, g: Gazetteer, options: PipelineOptions = {}): Extraction {
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
  const newsKeys = new Set([...companies.values()].filter((e) => e.industry === 'news').map((e) => e.key));
  resolveCoreference(sentences, newsKeys);
  const products = collectProducts(g, sentences, companies);
  // Names nothing vouched for still get a slot in the templates; a relation rule can vouch for them.
  sentences.forEach((s, i) => {
    const free = unresolved[i].filter((c) => !s.mentions.some((m) => m.start < c.end && c.start < m.end));
    if (free.length) s.mentions = [...s.mentions, ...free].sort((a, b) => a.start - b.start);
  });
  const pool = provisionalKeys(sentences);
  // "the company", "it" may refer to an unknown name; a relation rule must still vouch for that name.
  if (pool.size) resolveCoreference(sentences, newsKeys, true);
  const tagCache = new Map<SentenceInfo, Spans>();

  const ownerKey = new Map<string, string>();
  for (const e of companies.values()) ownerKey.set(e.name.toLowerCase(), e.key);
  const productOf = new Map<RawMention, ProductEntity>();
  for (const p of products.values()) for (const m of p.mentions) productOf.set(m, p);
  const productOwner = (m: RawMention): string | undefined => {
    const owner = productOf.get(m)?.owner;
    return owner ? ownerKey.get(owner.toLowerCase()) : undefined;
  };
  // A brand whose owner the article does not name ("clients include Gillette") may stand for a company
  // in a relation slot; like an unknown name, it becomes one only if a rule vouches for it.
  const orphanBrand = (m: RawMention): string | undefined => {
    const p = productOf.get(m);
    if (!p || !BRAND_KINDS.has(g.productKind.get(p.name) ?? '') || m.text.split(/\s+/).length > 3) return undefined;
    // The owner may be named in another form ("Decker Outdoors" for Deckers Outdoor): then the brand is its product.
    const stem = p.owner?.replace(/^The\s+/, '').slice(0, 5);
    if (stem && stem.length === 5 && text.includes(stem)) return undefined;
    const key = CANDIDATE_PREFIX + normKey(m.text);
    if (!pool.has(key)) pool.set(key, [m]);
    return key;
  };
  const nameOf = (key: string): string => companies.get(key)?.name ?? pool.get(key)?.[0]?.text ?? key;
  const related = (a: string, b: string): boolean => {
    const [x, y] = [nameOf(a), nameOf(b)].map((n) => n.toLowerCase());
    return x.startsWith(y + ' ') || y.startsWith(x + ' ');
  };

  const templates = sentences.map((s) => buildTemplate(s, (m) => productOwner(m) ?? orphanBrand(m)));
  const relations = readClaims({
    articleId, sentences, templates, companies, related, nameOf, ...options,
    // An unknown name becomes a company only when a claim vouches for it and it is not a person or place.
    accept: (key) => !key.startsWith(CANDIDATE_PREFIX) || promote(key, pool, sentences, companies, tagCache),
  });
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
