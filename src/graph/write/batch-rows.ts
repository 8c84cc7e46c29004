import type { Extraction } from '../../extract/types.js';
import type { EvidenceRow } from './edge-evidence.js';
import type { Resolved } from './resolve.js';
import { type EdgePair, type EntityLabel, pairKey, pairOf } from './types.js';

// The rows a batch writes, computed from the articles' extractions and their resolved entities: pure, no
// database. `entities[i]` and `resolved[i]` are the same entity (see entitiesOf and BatchResolver).

export interface ResolvedArticle {
  articleId: string;
  /** publishedAt, else the ingest time (ISO). */
  seen: string;
  extraction: Extraction;
  entities: Array<{ label: EntityLabel; name: string; mentions: number }>;
  resolved: Resolved[];
}

export interface MentionRow {
  articleId: string;
  id: string;
  label: EntityLabel;
  count: number;
  seen: string;
}

export interface BatchRows {
  /** Entities to create, per label: id → name. */
  created: Record<EntityLabel, Map<string, string>>;
  /** SUPPLIES and COMPETES_WITH assertions (create-assertions), then OFFERS (create-offer-assertions). */
  between: Record<string, unknown>[];
  offers: Record<string, unknown>[];
  mentions: MentionRow[];
  /** Evidence each edge gained, aggregated over the batch. */
  gained: EvidenceRow[];
  /** The edges each article asserts, in stored direction. */
  articlePairs: Map<string, EdgePair[]>;
}

export function buildRows(articles: ResolvedArticle[]): BatchRows {
  const created = { Company: new Map<string, string>(), Product: new Map<string, string>() };
  const assertions: Array<Record<string, unknown> & { type: string }> = [];
  const mentions = new Map<string, MentionRow>();
  const articlePairs = new Map<string, EdgePair[]>();
  const gained = new Map<string, EvidenceRow>();
  for (const { articleId, seen, extraction, entities, resolved } of articles) {
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
    for (const [n, rel] of extraction.relations.entries()) {
      // Denied and hypothetical claims are never stored; ended and ending ones are, with their status.
      if (rel.hedged) continue;
      const sourceId = idOf.get(`Company:${rel.source}`);
      const targetId = idOf.get(`${rel.type === 'OFFERS' ? 'Product' : 'Company'}:${rel.target}`);
      if (!sourceId || !targetId || (sourceId === targetId && rel.type !== 'OFFERS')) continue;
      assertions.push({
        id: `${articleId}#${n}`, articleId, type: rel.type, sourceId, targetId, sentence: rel.sentence,
        start: rel.start, end: rel.end, confidence: rel.confidence, rule: rel.rule, features: rel.features ?? [], status: rel.status ?? null, amount: rel.amount ?? null,
        currency: rel.currency ?? null, until: rel.until ?? null,
      });
      const pair = pairOf(rel.type, sourceId, targetId);
      pairs.push(pair);
      const g = gained.get(pairKey(pair)) ?? { ...pair, miss: 1, count: 0, first: seen, last: seen, plain: true };
      g.plain &&= !rel.status && !rel.until;
      g.miss *= 1 - rel.confidence;
      g.count++;
      if (seen < g.first) g.first = seen;
      if (seen > g.last) g.last = seen;
      gained.set(pairKey(pair), g);
    }
    articlePairs.set(articleId, pairs);
  }
  return {
    created,
    between: assertions.filter((a) => a.type !== 'OFFERS'),
    offers: assertions.filter((a) => a.type === 'OFFERS'),
    mentions: [...mentions.values()],
    gained: [...gained.values()],
    articlePairs,
  };
}
