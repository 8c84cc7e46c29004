import type { Extraction, ExtractedRelation } from '../extract/types.js';

// What one write transaction may carry. Neo4j holds a transaction's whole state in its heap until commit,
// so ten 500,000-character articles (7,000 claims each) in one transaction outlast the timeout or exhaust
// the default 512 MB heap and take the server down. So transactions are packed by what they carry (claims
// and characters), not by article count; an article is never split (it is stored whole or not at all), so
// one larger than the budget goes alone, and one past the per-article limit is refused on its own.

export interface Weight {
  /** Relations and entities: each becomes nodes and relationships (mentions are one count per entity). */
  claims: number;
  /** Characters stored or sent: the text and every claim's sentence. */
  chars: number;
}

export const TX_BUDGET: Weight = { claims: 2_000, chars: 4_000_000 };
/** Claims one article may make (after the per-sentence bound); more is refused, naming the count. */
export const MAX_ARTICLE_CLAIMS = 10_000;
/** Claims kept from one sentence (the most confident): a list of 60 rivals is 1,770 pairs otherwise. */
export const MAX_CLAIMS_PER_SENTENCE = 50;
/** Characters of a sentence stored on a claim: enough to read it, never a whole unpunctuated article. */
export const MAX_STORED_SENTENCE = 1_000;

export function weightOf(e: Extraction): Weight {
  return {
    claims: e.relations.length + e.companies.length + e.products.length,
    chars: e.text.length + e.relations.reduce((n, r) => n + Math.min(r.sentence.length, MAX_STORED_SENTENCE), 0),
  };
}

/** The extraction with each sentence's claims and text bounded, or why the article is refused. */
export function bounded(e: Extraction): Extraction | { error: string } {
  const bySentence = new Map<string, ExtractedRelation[]>();
  for (const r of e.relations) {
    const key = `${r.start}:${r.end}:${r.sentence.length}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), r]);
  }
  const keep = new Set<ExtractedRelation>();
  for (const group of bySentence.values()) {
    for (const r of [...group].sort((a, b) => b.confidence - a.confidence).slice(0, MAX_CLAIMS_PER_SENTENCE)) keep.add(r);
  }
  const relations = e.relations
    .filter((r) => keep.has(r))
    .map((r) => (r.sentence.length > MAX_STORED_SENTENCE ? { ...r, sentence: `${r.sentence.slice(0, MAX_STORED_SENTENCE - 1)}…` } : r));
  const out = { ...e, relations };
  const { claims } = weightOf(out);
  if (claims > MAX_ARTICLE_CLAIMS) {
    return { error: `makes ${claims.toLocaleString('en')} claims (relations and entities), over the ${MAX_ARTICLE_CLAIMS.toLocaleString('en')} limit for one article; split it` };
  }
  return out;
}

/** Consecutive groups whose total weight stays within the budget (a heavier item alone). */
export function* packByBudget<T>(items: T[], weight: (item: T) => Weight, budget: Weight = TX_BUDGET): Generator<T[]> {
  let group: T[] = [];
  let total: Weight = { claims: 0, chars: 0 };
  for (const item of items) {
    const w = weight(item);
    if (group.length > 0 && (total.claims + w.claims > budget.claims || total.chars + w.chars > budget.chars)) {
      yield group;
      group = [];
      total = { claims: 0, chars: 0 };
    }
    group.push(item);
    total = { claims: total.claims + w.claims, chars: total.chars + w.chars };
  }
  if (group.length > 0) yield group;
}
