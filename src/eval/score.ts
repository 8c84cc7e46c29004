// Scores predictions against gold, article by article, then micro-averages over the corpus.
// Rules: ../shared/eval/FORMAT.md ("Scoring" and "Pair-scoped articles").
import { goldLookup, matchEntities } from './match.js';
import { addCounts, categories, prf, zeroCounts, type Category, type Counts, type Prf } from './metrics.js';
import { normaliseName } from './normalise.js';
import type { GoldLine, PredictionLine, ScoredRelationType } from './schema.js';

/** A relation as written by one side, for reading errors. */
export interface RelationRecord {
  articleId: string;
  type: ScoredRelationType;
  source: string;
  target: string;
  evidence: string;
  rule?: string | null;
}

export interface ArticleScore {
  id: string;
  scope: 'full' | 'pair';
  counts: Record<Category, Counts>;
  /** F1 over companies, products and relations together, to rank articles. */
  f1: number;
  errors: number;
  missed: RelationRecord[];
  spurious: RelationRecord[];
  /** The same for the relations said to have ended or to be ending. */
  ended: { missed: RelationRecord[]; spurious: RelationRecord[] };
}

export interface CorpusScore {
  metrics: Record<Category, Prf>;
  counts: Record<Category, Counts>;
  articles: ArticleScore[];
}

const emptyCounts = (): Record<Category, Counts> =>
  Object.fromEntries(categories.map((c) => [c, zeroCounts()])) as Record<Category, Counts>;

function scoreEntities(predicted: readonly { name: string }[], gold: GoldLine['companies']): Counts {
  const matched = matchEntities(
    predicted.map((p) => p.name),
    gold,
  ).filter((g) => g !== -1).length;
  return { tp: matched, fp: predicted.length - matched, fn: gold.length - matched };
}

/**
 * One key per distinct relation: endpoints are gold entity indexes ("#3") when they match one,
 * else their normalised name ("?acme"); COMPETES_WITH endpoints are sorted, SUPPLIES keep order.
 */
function relationKey(type: string, source: string, target: string): string {
  const [a, b] = type === 'COMPETES_WITH' && target < source ? [target, source] : [source, target];
  return `${type}\u0000${a}\u0000${b}`;
}

type Relation = { type: string; source: string; target: string; evidence: string; rule?: string | null };

/**
 * Matches one list of predicted relations against one list of gold relations, counting into
 * `bucket(type)`: each distinct relation once, by type and endpoints.
 */
function scoreRelationList(
  predicted: readonly Relation[],
  goldList: readonly Relation[],
  gold: GoldLine,
  bucket: (type: ScoredRelationType) => Counts,
) {
  const lookup = goldLookup(gold.companies);
  const endpoint = (name: string): { key: string; known: boolean } => {
    const normalised = normaliseName(name);
    const index = lookup.get(normalised);
    return index === undefined ? { key: `?${normalised}`, known: false } : { key: `#${index}`, known: true };
  };
  const record = (r: Relation): RelationRecord => ({
    articleId: gold.id, type: r.type as ScoredRelationType, source: r.source, target: r.target, evidence: r.evidence, rule: r.rule ?? null,
  });
  const goldByKey = new Map<string, RelationRecord>();
  for (const r of goldList) {
    const key = relationKey(r.type, endpoint(r.source).key, endpoint(r.target).key);
    if (!goldByKey.has(key)) goldByKey.set(key, record(r));
  }
  const predictedByKey = new Map<string, RelationRecord>();
  for (const r of predicted) {
    if (r.type === 'OFFERS') continue;
    const source = endpoint(r.source);
    const target = endpoint(r.target);
    // Pair scope: relations that do not join the two annotated entities are not judged.
    if (gold.scope === 'pair' && !(source.known && target.known)) continue;
    const key = relationKey(r.type, source.key, target.key);
    if (!predictedByKey.has(key)) predictedByKey.set(key, record(r));
  }
  const missed: RelationRecord[] = [];
  const spurious: RelationRecord[] = [];
  for (const [key, r] of predictedByKey) {
    if (goldByKey.has(key)) bucket(r.type).tp++;
    else {
      bucket(r.type).fp++;
      spurious.push(r);
    }
  }
  for (const [key, r] of goldByKey) {
    if (!predictedByKey.has(key)) {
      bucket(r.type).fn++;
      missed.push(r);
    }
  }
  return { missed, spurious };
}

function scoreRelations(prediction: PredictionLine, gold: GoldLine, counts: Record<Category, Counts>) {
  const result = scoreRelationList(prediction.relations, gold.relations, gold, (type) => (type === 'SUPPLIES' ? counts.supplies : counts.competes));
  addCounts(addCounts(counts.relations, counts.supplies), counts.competes);
  return { ...result, ended: scoreRelationList(prediction.ended, gold.ended, gold, () => counts.ended) };
}

export function scoreArticle(prediction: PredictionLine, gold: GoldLine): ArticleScore {
  const counts = emptyCounts();
  if (gold.scope !== 'pair') {
    counts.companies = scoreEntities(prediction.companies, gold.companies);
    counts.products = scoreEntities(prediction.products, gold.products);
  }
  const { missed, spurious, ended } = scoreRelations(prediction, gold, counts);
  const all = [counts.companies, counts.products, counts.relations].reduce(addCounts, zeroCounts());
  return { id: gold.id, scope: gold.scope, counts, f1: prf(all).f1, errors: all.fp + all.fn, missed, spurious, ended };
}

export function emptyPrediction(id: string): PredictionLine {
  return { id, companies: [], products: [], relations: [], ended: [] };
}

/** Micro-averaged figures: counts summed over the articles, then one P/R/F1 per category. */
export function aggregate(articles: ArticleScore[]): CorpusScore {
  const counts = emptyCounts();
  for (const a of articles) for (const c of categories) addCounts(counts[c], a.counts[c]);
  const metrics = Object.fromEntries(categories.map((c) => [c, prf(counts[c])])) as Record<Category, Prf>;
  return { metrics, counts, articles };
}

/** The lowest-scoring articles first; among equals, the one with more errors. */
export function worstArticles(articles: readonly ArticleScore[], n: number): ArticleScore[] {
  return [...articles]
    .filter((a) => a.errors > 0)
    .sort((a, b) => a.f1 - b.f1 || b.errors - a.errors)
    .slice(0, n);
}
