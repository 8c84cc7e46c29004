import type { Extraction } from '../../extract/types.js';
import { loadQueries } from '../cypher.js';
import type { GraphClient, Tx } from '../neo4j-client.js';
import { entitiesOf } from './article-entities.js';
import { addEdgeEvidence, type EvidenceRow } from './edge-evidence.js';
import { recomputeEdges, recomputeEntities, refreshAliases } from './recompute.js';
import { BatchResolver } from './resolve.js';
import { lookupsFor } from './resolve-lookups.js';
import { type EdgeChange, type EdgePair, type EntityLabel, type EntityRef, type RelationType, pairKey, pairOf } from './types.js';

// Writes a batch of extracted articles in ONE transaction: all of them or none. Inside it: skip articles whose
// content hash is unchanged, remove the old claims of changed ones, resolve entities, create nodes, aliases,
// assertions and mentions, then bring derived data up to date: edges and entities that lost support are
// recomputed from what is left; edges that only gained evidence get it added (noisy-or composes).

const q = loadQueries([
  'lookup-article-hashes', 'lookup-article-claims', 'delete-article-claims', 'merge-articles', 'upsert-companies',
  'upsert-products',
  'merge-aliases', 'create-assertions', 'create-offer-assertions', 'add-mentions',
] as const);

export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  /** ISO date-time or null. */
  publishedAt: string | null;
  contentHash: string;
}

export interface ArticleWrite {
  article: ArticleRecord;
  extraction: Extraction;
}

/** An edge an article created or supported, in its stored direction (see pairOf). */
export interface WrittenEdge {
  type: RelationType;
  sourceId: string;
  targetId: string;
  created: boolean;
}

export interface ArticleWriteResult {
  id: string;
  status: 'new' | 'updated' | 'unchanged';
  edges: WrittenEdge[];
}

export interface BatchWriteResult {
  results: ArticleWriteResult[];
  companiesCreated: number;
  productsCreated: number;
  edgesCreated: number;
  /** Relationships written (assertion links, mentions, aliases, derived edges), for throughput figures. */
  relationshipWrites: number;
}

export async function writeArticles(client: GraphClient, items: ArticleWrite[], now = new Date().toISOString()): Promise<BatchWriteResult> {
  return client.writeTransaction((tx) => writeInTx(tx, items, now), 'ingest-batch');
}

async function writeInTx(tx: Tx, items: ArticleWrite[], now: string): Promise<BatchWriteResult> {
  const ids = items.map((i) => i.article.id);
  const stored = new Map(
    (await tx.run<{ id: string; contentHash: string }>(q['lookup-article-hashes'], { ids })).map((r) => [r.id, r.contentHash]),
  );
  const results = new Map<string, ArticleWriteResult>();
  const todo: ArticleWrite[] = [];
  for (const item of items) {
    const hash = stored.get(item.article.id);
    if (hash === item.article.contentHash) results.set(item.article.id, { id: item.article.id, status: 'unchanged', edges: [] });
    else {
      results.set(item.article.id, { id: item.article.id, status: hash === undefined ? 'new' : 'updated', edges: [] });
      todo.push(item);
    }
  }
  // What lost support (old claims of updated articles): recomputed. What only gained: updated incrementally.
  const lostPairs: EdgePair[] = [];
  const lostEntities: EntityRef[] = [];
  const replaced = todo.filter((i) => stored.has(i.article.id)).map((i) => i.article.id);
  if (replaced.length > 0) {
    const old = await tx.run<{ pairs: EdgePair[]; entities: EntityRef[] }>(q['lookup-article-claims'], { ids: replaced });
    for (const o of old) {
      lostPairs.push(...o.pairs);
      lostEntities.push(...o.entities);
    }
    await tx.run(q['delete-article-claims'], { ids: replaced });
  }

  const resolver = new BatchResolver(lookupsFor(tx));
  const perArticle = todo.map((item) => ({ item, entities: entitiesOf(item.extraction) }));
  await resolver.prefetch(perArticle.flatMap((a) => a.entities));

  const created = { Company: new Map<string, string>(), Product: new Map<string, string>() };
  const assertions: Record<string, unknown>[] = [];
  const mentions = new Map<string, { articleId: string; id: string; label: EntityLabel; count: number; seen: string }>();
  const articlePairs = new Map<string, EdgePair[]>();
  const gained = new Map<string, EvidenceRow>();
  for (const { item, entities } of perArticle) {
    const articleId = item.article.id;
    const seen = item.article.publishedAt ?? now;
    const resolved = await resolver.resolveArticle(entities);
    const idOf = new Map<string, string>();
    for (const [i, r] of resolved.entries()) {
      const e = entities[i]!;
      idOf.set(`${e.label}:${e.name}`, r.id);
      if (r.created) created[r.label].set(r.id, r.name);
      if (e.mentions > 0) {
        const key = `${articleId}\u0000${r.label}\u0000${r.id}`;
        const m = mentions.get(key) ?? { articleId, id: r.id, label: r.label, count: 0, seen };
        m.count += e.mentions;
        mentions.set(key, m);
      }
    }
    const pairs: EdgePair[] = [];
    for (const [n, rel] of item.extraction.relations.entries()) {
      if (rel.hedged) continue;
      const sourceId = idOf.get(`Company:${rel.source}`);
      const targetId = idOf.get(`${rel.type === 'OFFERS' ? 'Product' : 'Company'}:${rel.target}`);
      if (!sourceId || !targetId || (sourceId === targetId && rel.type !== 'OFFERS')) continue;
      assertions.push({
        id: `${articleId}#${n}`, articleId, type: rel.type, sourceId, targetId, sentence: rel.sentence,
        start: rel.start, end: rel.end, confidence: rel.confidence, rule: rel.rule, amount: rel.amount ?? null,
        currency: rel.currency ?? null, until: rel.until ?? null,
      });
      const pair = pairOf(rel.type, sourceId, targetId);
      pairs.push(pair);
      const g = gained.get(pairKey(pair)) ?? { ...pair, miss: 1, count: 0, first: seen, last: seen };
      g.miss *= 1 - rel.confidence;
      g.count++;
      if (seen < g.first) g.first = seen;
      if (seen > g.last) g.last = seen;
      gained.set(pairKey(pair), g);
    }
    articlePairs.set(articleId, pairs);
  }

  await tx.run(q['merge-articles'], { rows: todo.map((i) => i.article), now });
  let companiesCreated = 0;
  let productsCreated = 0;
  for (const [label, query] of [['Company', q['upsert-companies']], ['Product', q['upsert-products']]] as const) {
    const rows = [...created[label]].sort(([a], [b]) => a.localeCompare(b)).map(([id, name]) => ({ id, name }));
    if (rows.length === 0) continue;
    const out = await tx.run<{ created: boolean }>(query, { rows, now });
    const n = out.filter((r) => r.created).length;
    if (label === 'Company') companiesCreated += n;
    else productsCreated += n;
  }
  const aliasRows = dedupe(resolver.aliasRows, (r) => `${r.key}\u0000${r.label}\u0000${r.id}`).sort((a, b) => a.key.localeCompare(b.key));
  if (aliasRows.length > 0) await tx.run(q['merge-aliases'], { rows: aliasRows });
  const offers = assertions.filter((a) => a.type === 'OFFERS');
  const between = assertions.filter((a) => a.type !== 'OFFERS');
  if (between.length > 0) await tx.run(q['create-assertions'], { rows: between, now });
  if (offers.length > 0) await tx.run(q['create-offer-assertions'], { rows: offers, now });
  if (mentions.size > 0) await tx.run(q['add-mentions'], { rows: [...mentions.values()] });
  await refreshAliases(tx, aliasRows);

  const changes: EdgeChange[] = [
    ...(await recomputeEdges(tx, lostPairs, now)),
    ...(await addEdgeEvidence(tx, [...gained.values()], lostPairs, now)),
  ];
  await recomputeEntities(tx, lostEntities);

  const createdEdges = new Set(changes.filter((c) => c.created).map(pairKey));
  const live = new Set(changes.filter((c) => c.evidenceCount > 0).map(pairKey));
  for (const [articleId, pairs] of articlePairs) {
    const result = results.get(articleId)!;
    for (const p of dedupe(pairs, pairKey)) {
      if (!live.has(pairKey(p))) continue;
      const isNew = createdEdges.delete(pairKey(p));
      result.edges.push({ ...p, created: isNew });
    }
  }
  return {
    results: ids.map((id) => results.get(id)!),
    companiesCreated,
    productsCreated,
    edgesCreated: changes.filter((c) => c.created).length,
    relationshipWrites: assertions.length * 3 + mentions.size + aliasRows.length + changes.length,
  };
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const i of items) if (!seen.has(key(i))) seen.set(key(i), i);
  return [...seen.values()];
}
