import type { Extraction } from '../../extract/types.js';
import { loadQueries } from '../cypher.js';
import type { GraphClient, Tx } from '../neo4j-client.js';
import { entitiesOf } from './article-entities.js';
import { buildRows, type ResolvedArticle } from './batch-rows.js';
import { replaceClaims } from './claims.js';
import { addCopies, findCopies, linkBands, type SameStory } from './copies.js';
import { addEdgeEvidence } from './edge-evidence.js';
import { dropUnlinkedAliases, lockAliasKeys, lockEntities } from './locks.js';
import { recomputeEdges, recomputeEntities, refreshAliases } from './recompute.js';
import { BatchResolver, keysOf } from './resolve.js';
import { lookupsFor } from './resolve-lookups.js';
import { isCurrent, type StoredArticle } from './stored-hashes.js';
import { type EdgeChange, type EntityRef, type RelationType, pairKey } from './types.js';

// Writes a batch of extracted articles in ONE transaction: all of them or none. Inside it: skip articles whose
// content hash is unchanged (and read by this extractor version), lock the batch's alias keys (so a concurrent
// ingester naming the same company waits and then sees our links), remove the old claims of changed ones,
// resolve entities, lock them, create nodes, aliases, assertions and mentions, then bring derived data up to
// date: edges and entities that lost support are recomputed from what is left; edges that only gained
// evidence get it added (noisy-or composes). Feeds pass `sameStory`: before all that, syndicated copies of
// stored stories are set aside (copies.ts).

const q = loadQueries([
  'lookup-article-hashes', 'merge-articles', 'upsert-companies', 'upsert-products',
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
  /** The article text as given, kept so that a better extractor can read it again. */
  text: string;
  /** Version of the extractor that read it (EXTRACTOR_VERSION). */
  extractor: string;
  /** SimHash of the text (16 hex digits) and its bands, to find near-duplicates (ingest/simhash.ts). */
  simhash?: string;
  simBands?: string[];
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
  /** With `sameStory`: the article this one is a copy of (status unchanged: it was not written). */
  duplicateOf?: string;
  edges: WrittenEdge[];
}

export interface WriteOptions {
  /** ISO date-time stamped on what is written (default: now). */
  now?: string;
  /** Feeds: a copy of a stored story (or of an earlier article of the batch) is recorded as its `alsoAt`, not written. */
  sameStory?: SameStory;
}

export interface BatchWriteResult {
  results: ArticleWriteResult[];
  companiesCreated: number;
  productsCreated: number;
  edgesCreated: number;
  /** Relationships written (assertion links, mentions, aliases, derived edges), for throughput figures. */
  relationshipWrites: number;
}

export async function writeArticles(client: GraphClient, items: ArticleWrite[], options: WriteOptions = {}): Promise<BatchWriteResult> {
  const now = options.now ?? new Date().toISOString();
  return client.writeTransaction((tx) => writeInTx(tx, items, now, options.sameStory), 'ingest-batch');
}

async function writeInTx(tx: Tx, items: ArticleWrite[], now: string, sameStory: SameStory | undefined): Promise<BatchWriteResult> {
  const ids = items.map((i) => i.article.id);
  // First: the band locks order this transaction after any concurrent writer of the same story.
  const copies = sameStory ? await findCopies(tx, items.map((i) => i.article), sameStory) : new Map<string, string>();
  const stored = new Map((await tx.run<StoredArticle>(q['lookup-article-hashes'], { ids })).map((r) => [r.id, r]));
  const results = new Map<string, ArticleWriteResult>();
  const todo: ArticleWrite[] = [];
  for (const item of items) {
    const old = stored.get(item.article.id);
    const copyOf = copies.get(item.article.id);
    if (copyOf !== undefined) results.set(item.article.id, { id: item.article.id, status: 'unchanged', duplicateOf: copyOf, edges: [] });
    else if (isCurrent(old, item.article)) results.set(item.article.id, { id: item.article.id, status: 'unchanged', edges: [] });
    else {
      results.set(item.article.id, { id: item.article.id, status: old === undefined ? 'new' : 'updated', edges: [] });
      todo.push(item);
    }
  }
  const perArticle = todo.map((item) => ({ item, entities: entitiesOf(item.extraction) }));
  // Before anything reads alias links (see locks.ts); every key we do not link is dropped before commit.
  const lockedKeys = await lockAliasKeys(tx, perArticle.flatMap((a) => a.entities.flatMap((e) => [...keysOf(e).keys.keys()])));
  // What lost support (old claims of updated articles): recomputed. What only gained: updated incrementally.
  const lost = await replaceClaims(tx, todo.filter((i) => stored.has(i.article.id)).map((i) => i.article.id));

  const resolver = new BatchResolver(lookupsFor(tx));
  await resolver.prefetch(perArticle.flatMap((a) => a.entities));
  const resolvedArticles: ResolvedArticle[] = [];
  for (const { item, entities } of perArticle) {
    const resolved = await resolver.resolveArticle(entities);
    resolvedArticles.push({ articleId: item.article.id, seen: item.article.publishedAt ?? now, extraction: item.extraction, entities, resolved });
  }
  const rows = buildRows(resolvedArticles);
  // Entities resolved to a stored one (not to one this batch creates, which a later article finds as well).
  const existing = resolvedArticles.flatMap((a) =>
    a.resolved.filter((r) => !rows.created[r.label].has(r.id)).map((r): EntityRef => ({ id: r.id, label: r.label })),
  );
  const locked = new Set((await lockEntities(tx, [...existing, ...lost.entities])).map((r) => `${r.label}:${r.id}`));
  const gone = existing.find((r) => !locked.has(`${r.label}:${r.id}`));
  if (gone) throw stale(`${gone.label} ${gone.id} was deleted after it was resolved`);

  await tx.run(q['merge-articles'], { rows: todo.map((i) => i.article), now });
  await linkBands(tx, todo.map((i) => i.article));
  await addCopies(tx, items.map((i) => i.article), copies);
  const createdRefs: EntityRef[] = [];
  let companiesCreated = 0;
  let productsCreated = 0;
  for (const [label, query] of [['Company', q['upsert-companies']], ['Product', q['upsert-products']]] as const) {
    const upserts = [...rows.created[label]].sort(([a], [b]) => a.localeCompare(b)).map(([id, name]) => ({ id, name }));
    if (upserts.length === 0) continue;
    const out = await tx.run<{ id: string; created: boolean }>(query, { rows: upserts, now });
    createdRefs.push(...out.filter((r) => r.created).map((r) => ({ id: r.id, label })));
  }
  const aliasRows = dedupe(resolver.aliasRows, (r) => `${r.key}\u0000${r.label}\u0000${r.id}`).sort((a, b) => a.key.localeCompare(b.key));
  // A row whose entity no longer exists would be skipped silently, losing the article's claims: fail instead,
  // so the pipeline retries the article (and resolves it again).
  const mustWrite = async (what: string, n: number, run: () => Promise<Array<Record<string, unknown>>>, column: string) => {
    if (n === 0) return;
    const written = (await run()).reduce((sum, r) => sum + Number(r[column] ?? 0), 0);
    if (written !== n) throw stale(`${n - written} of ${n} ${what} refer to an entity that no longer exists`);
  };
  await mustWrite('alias links', aliasRows.length, () => tx.run(q['merge-aliases'], { rows: aliasRows }), 'links');
  await mustWrite('assertions', rows.between.length, () => tx.run(q['create-assertions'], { rows: rows.between, now }), 'created');
  await mustWrite('offer assertions', rows.offers.length, () => tx.run(q['create-offer-assertions'], { rows: rows.offers, now }), 'created');
  await mustWrite('mentions', rows.mentions.length, () => tx.run(q['add-mentions'], { rows: rows.mentions }), 'added');
  await dropUnlinkedAliases(tx, lockedKeys);
  await refreshAliases(tx, aliasRows);

  const changes: EdgeChange[] = [
    ...(await recomputeEdges(tx, lost.pairs, now)),
    ...(await addEdgeEvidence(tx, rows.gained, lost.pairs, now)),
  ];
  // Created entities too: one created for a relation that was then dropped (both ends the same entity) has
  // neither a mention nor an assertion and is deleted here.
  const deleted = new Set((await recomputeEntities(tx, [...lost.entities, ...createdRefs])).map((r) => `${r.label}:${r.id}`));
  for (const r of createdRefs) {
    if (deleted.has(`${r.label}:${r.id}`)) continue;
    if (r.label === 'Company') companiesCreated++;
    else productsCreated++;
  }

  const createdEdges = new Set(changes.filter((c) => c.created).map(pairKey));
  const live = new Set(changes.filter((c) => c.evidenceCount > 0).map(pairKey));
  for (const [articleId, pairs] of rows.articlePairs) {
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
    relationshipWrites: (rows.between.length + rows.offers.length) * 3 + rows.mentions.length + aliasRows.length + changes.length,
  };
}

function stale(message: string): Error {
  return new Error(`ingest: ${message} (changed by a concurrent writer); retry`);
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const i of items) if (!seen.has(key(i))) seen.set(key(i), i);
  return [...seen.values()];
}
