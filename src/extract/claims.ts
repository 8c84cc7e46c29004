// The relation stage: candidate pairs of every sentence → features → the model's reading of each.
// An article states a relation when its sentences together make it likely enough: the claims of
// one relation combine by noisy-or, 1 − Π(1 − pᵢ), the same rule the graph uses for an edge's
// confidence, and the relation is kept when that reaches the model's threshold for its type. Each sentence
// that reads it stays a claim of its own, with its evidence and its own probability.
import type { ExtractedRelation } from './types.js';
import type { SentenceInfo } from './mention.js';
import type { CompanyEntity } from './companies.js';
import type { Template } from './template.js';
import type { RelationModel, Thresholds } from './model.js';
import { relationsIn } from './relations.js';
import { candidatePairs } from './pairs.js';
import { pairFeatures, templateTokens, type ArticleContext } from './features.js';
import { decide, type Decision } from './decide.js';
import { dealAttributes } from './attributes.js';
import { announcesEnd } from './rules/status.js';
import { isFunctionOrVerb } from './lexicon.js';

/** What training sees of each candidate pair: the names of its two companies and its features. */
export interface PairObservation {
  articleId: string;
  sentence: number;
  /** The sentence's text. */
  text: string;
  a: string;
  b: string;
  features: string[];
}

export interface ClaimOptions {
  /** The relation model; without one no relation between companies is claimed (training reads pairs this way). */
  model?: RelationModel;
  /** Called for every candidate pair with its features. */
  observe?: (pair: PairObservation) => void;
}

interface ClaimInput extends ClaimOptions {
  articleId: string;
  sentences: SentenceInfo[];
  templates: Template[];
  companies: Map<string, CompanyEntity>;
  related: (a: string, b: string) => boolean;
  nameOf: (key: string) => string;
  /** Whether an entity key may be a company (an unknown name must be vouched for). */
  accept: (key: string) => boolean;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const relationKey = (d: Decision): string => `${d.type}|${d.type === 'COMPETES_WITH' ? pairKey(d.source, d.target) : `${d.source}|${d.target}`}`;

function articleContext(input: ClaimInput): ArticleContext {
  // Every name the article writes counts, a company the gazetteer knows or a name not yet vouched for.
  const named = new Map<string, number>();
  for (const s of input.sentences) for (const m of s.mentions) if (m.entity && (m.kind === 'company' || m.kind === 'candidate')) named.set(m.entity, (named.get(m.entity) ?? 0) + 1);
  const ranked = [...named].sort(([x, n], [y, k]) => k - n || (x < y ? -1 : 1)).map(([key]) => key);
  const described = descriptors(input.sentences);
  return {
    industryOf: (key) => input.companies.get(key)?.industry,
    descriptors: (key) => described.get(key) ?? [],
    rankOf: (key) => ranked.indexOf(key) + 1 || 99,
  };
}

const DESCRIPTOR = /^\p{Ll}[\p{Ll}-]+$/u;
const ARTICLE = new Set(['a', 'an', 'the']);

/** The noun right before a company's name ("chipmaker Contoso") and its appositive ("Contoso, a chip designer,"). */
function descriptors(sentences: readonly SentenceInfo[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const s of sentences) for (const m of s.mentions) {
    if (!m.entity || m.kind === 'product' || m.kind === 'coref') continue;
    const words = out.get(m.entity) ?? new Set<string>();
    const before = s.tokens[m.tokStart - 1]?.text ?? '';
    if (DESCRIPTOR.test(before) && !isFunctionOrVerb(before)) words.add(s.keys[m.tokStart - 1]);
    if (s.keys[m.tokEnd] === ',' && ARTICLE.has(s.keys[m.tokEnd + 1])) {
      for (let k = m.tokEnd + 2; k < Math.min(s.tokens.length, m.tokEnd + 5) && DESCRIPTOR.test(s.tokens[k].text); k++) words.add(s.keys[k]);
    }
    out.set(m.entity, words);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

export function readClaims(input: ClaimInput): ExtractedRelation[] {
  const { sentences, templates, model } = input;
  const pairsOf = templates.map((t) => candidatePairs(t, input.related));
  const ctx = articleContext(input);
  const claims: Array<{ d: Decision; sentence: number }> = [];
  for (const [i, s] of sentences.entries()) {
    const [t, pairs] = [templates[i], pairsOf[i]];
    if (pairs.length === 0) continue;
    const hits = relationsIn(s, t, input.related);
    const tokens = templateTokens(t);
    const read = new Map<string, Decision>();
    for (const pair of pairs) {
      const features = pairFeatures(pair, t, tokens, hits, ctx);
      input.observe?.({ articleId: input.articleId, sentence: i, text: s.text, a: input.nameOf(pair.a), b: input.nameOf(pair.b), features });
      const d = model && decide(model, pair, features, hits, tokens);
      if (d) read.set(relationKey(d), merge(read.get(relationKey(d)), d));
    }
    for (const d of read.values()) claims.push({ d, sentence: i });
  }
  const support = new Map<string, number>();
  for (const { d } of claims) if (!d.hedged) support.set(relationKey(d), 1 - (1 - (support.get(relationKey(d)) ?? 0)) * (1 - d.confidence));
  const out: ExtractedRelation[] = [];
  for (const { d, sentence } of claims) {
    // A hedged claim ("is no longer a customer of") is kept, flagged, when it alone would pass.
    const threshold = model!.thresholds[d.type as keyof Thresholds];
    const enough = d.hedged ? d.confidence >= threshold : support.get(relationKey(d))! >= threshold;
    if (!enough || !input.accept(d.source) || !input.accept(d.target)) continue;
    const s = sentences[sentence];
    const claim: ExtractedRelation = {
      ...d, source: input.nameOf(d.source), target: input.nameOf(d.target), sentence: s.text, start: s.start, end: s.end,
      confidence: d.hedged ? Math.min(0.3, d.confidence) : d.confidence,
    };
    out.push(d.type === 'SUPPLIES' ? { ...claim, ...dealOf(sentences, sentence, d) } : claim);
  }
  return out;
}

/**
 * One sentence may read a relation through several pairs ("Acme replaced Contoso with Globex as its
 * supplier": Contoso and Acme, Contoso and "its"). The surest reading gives the claim, and the sentence
 * says the relation ended, or is ending, when any reading does.
 */
function merge(first: Decision | undefined, next: Decision): Decision {
  if (!first) return next;
  const [surer, other] = next.confidence > first.confidence ? [next, first] : [first, next];
  const status = surer.status === 'ended' || other.status === 'ended' ? 'ended' : (surer.status ?? other.status);
  return status ? { ...surer, status } : surer;
}

/**
 * Amount and end date of the deal a sentence states; "The agreement runs through 2032." right after
 * it still describes it, and "That contract ends in 2027." makes a current claim an ending one.
 */
function dealOf(sentences: SentenceInfo[], i: number, d: Decision): Partial<ExtractedRelation> {
  const next = sentences[i + 1];
  const about = next && /^(?:The|This|That)\s+(?:new\s+|latest\s+)?(?:agreement|deal|contract|order|partnership|pact)\b/.test(next.text);
  const more = about ? dealAttributes(next.text) : {};
  const ending = about && !d.status && !d.hedged && announcesEnd(next.text) ? { status: 'ending' as const } : {};
  return { ...more, ...dealAttributes(sentences[i].text), ...ending };
}
