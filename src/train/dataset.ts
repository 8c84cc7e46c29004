// Labelled pairs for the relation model, read from an evaluation corpus. Every candidate pair the
// extractor builds gets the gold label of its two companies in that article: none, a supplies b,
// b supplies a, or competes. When the gold relation quotes its evidence, only the sentences that
// hold the quote are positive; the pair's other sentences are left out (they may or may not say it).
// In a pair-scoped article only pairs of the two listed entities are labelled.
import type { Corpus } from '../eval/corpus.js';
import type { GoldLine } from '../eval/schema.js';
import { goldLookup } from '../eval/match.js';
import { normaliseName } from '../eval/normalise.js';
import type { Gazetteer } from '../extract/gazetteer.js';
import { runPipeline } from '../extract/pipeline.js';
import type { PairObservation } from '../extract/claims.js';

export interface LabelledPair {
  articleId: string;
  features: string[];
  /** 0 none, 1 a supplies b, 2 b supplies a, 3 competes (model.ts CLASSES). */
  label: number;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Most of the quote's words are in the sentence (a quote with gaps, "A … B", by its first piece). */
function holds(sentence: string, evidence: string): boolean {
  const quote = words(evidence.split('…')[0]);
  if (quote.length === 0) return false;
  const have = new Set(words(sentence));
  return quote.filter((w) => have.has(w)).length / quote.length >= 0.7;
}

export function labelArticle(pairs: readonly PairObservation[], gold: GoldLine): LabelledPair[] {
  const lookup = goldLookup(gold.companies);
  const idx = (name: string): number => lookup.get(normaliseName(name)) ?? -1;
  // A relation the article says has ended is still read as that relation: its status is read apart (rules/status.ts).
  const stated = [...gold.relations, ...gold.ended];
  const relation = (i: number, j: number) =>
    stated.filter((r) => (idx(r.source) === i && idx(r.target) === j) || (idx(r.source) === j && idx(r.target) === i));
  const out: LabelledPair[] = [];
  for (const p of pairs) {
    const [i, j] = [idx(p.a), idx(p.b)];
    if (gold.scope === 'pair' && (i === -1 || j === -1)) continue;
    const rels = i === -1 || j === -1 || i === j ? [] : relation(i, j);
    if (i !== -1 && i === j) continue;
    const supply = rels.find((r) => r.type === 'SUPPLIES');
    const r = supply ?? rels[0];
    if (!r) {
      out.push({ articleId: p.articleId, features: p.features, label: 0 });
      continue;
    }
    // The quote names another sentence: this one is left out rather than called negative.
    const quoted = rels.filter((x) => x.evidence && pairs.some((q) => q.sentence !== p.sentence && holds(q.text, x.evidence)));
    if (quoted.length > 0 && !quoted.some((x) => holds(p.text, x.evidence))) continue;
    const label = r.type === 'COMPETES_WITH' ? 3 : idx(r.source) === i ? 1 : 2;
    out.push({ articleId: p.articleId, features: p.features, label });
  }
  return out;
}

/** Reads every candidate pair of a corpus with the extractor (no model) and labels it. */
export function labelCorpus(corpus: Corpus, g: Gazetteer): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (const article of corpus.articles) {
    const pairs: PairObservation[] = [];
    runPipeline(article, g, { observe: (p) => pairs.push(p) });
    out.push(...labelArticle(pairs, corpus.gold.get(article.id)!));
  }
  return out;
}
