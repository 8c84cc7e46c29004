import DataLoader from 'dataloader';
import type { GraphClient } from '../graph/neo4j-client.js';
import { articlesOfCompanies, getArticles, getArticleTexts } from '../graph/read/articles.js';
import { productsOfCompanies, timelineOfCompanies, type Interval, type TimelineBucket } from '../graph/read/company-details.js';
import { getEntities } from '../graph/read/entities.js';
import { edgeId, parseEdgeId } from '../graph/read/graph-view.js';
import {
  evidenceOfAssertions, evidenceOfRelationships, getRelationships, offersOfProducts, type EdgeKey,
} from '../graph/read/relationships.js';
import { pairOf } from '../graph/write/types.js';
import type { ArticleText, ArticleView, EntityView, EvidenceView, Page, RelationshipView, Window } from '../graph/read/views.js';

// One set of DataLoaders per request: whatever the page size, each field level costs one query.
// Loaders of per-entity lists take the field's arguments in the key; keys with the same arguments
// are fetched together (`UNWIND $ids`), so 50 companies' suppliers pages are one statement.

interface Keyed<A> {
  id: string;
  args: A;
}

function groupedLoader<A, V>(fetch: (ids: string[], args: A) => Promise<Map<string, V>>, empty: V): DataLoader<Keyed<A>, V, string> {
  return new DataLoader<Keyed<A>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const k of keys) {
        const sig = JSON.stringify(k.args);
        const g = groups.get(sig) ?? { args: k.args, ids: [] };
        g.ids.push(k.id);
        groups.set(sig, g);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.entries()].map(async ([sig, g]) => {
          const found = await fetch(g.ids, g.args);
          for (const id of g.ids) results.set(`${sig}|${id}`, found.get(id) ?? empty);
        }),
      );
      return keys.map((k) => results.get(`${JSON.stringify(k.args)}|${k.id}`) ?? empty);
    },
    { cacheKeyFn: (k) => `${JSON.stringify(k.args)}|${k.id}` },
  );
}

function byIdLoader<V>(fetch: (ids: string[]) => Promise<Map<string, V>>): DataLoader<string, V | undefined> {
  return new DataLoader<string, V | undefined>(async (ids) => {
    const found = await fetch([...ids]);
    return ids.map((id) => found.get(id));
  });
}

const emptyPage = { items: [], total: 0 };

export function createLoaders(client: GraphClient) {
  return {
    company: byIdLoader<EntityView>((ids) => getEntities(client, 'COMPANY', ids)),
    product: byIdLoader<EntityView>((ids) => getEntities(client, 'PRODUCT', ids)),
    article: byIdLoader<ArticleView>((ids) => getArticles(client, ids)),
    articleText: byIdLoader<ArticleText>((ids) => getArticleTexts(client, ids)),
    /**
     * By edge id (TYPE:source:target); malformed ids simply find nothing. COMPETES_WITH is stored once,
     * smaller id first, so `COMPETES_WITH:nvidia:amd` finds the edge stored as `COMPETES_WITH:amd:nvidia`.
     */
    relationship: byIdLoader<RelationshipView>(async (ids) => {
      const asked = new Map<string, EdgeKey>();
      for (const id of ids) {
        const key = parseEdgeId(id);
        if (key === undefined) continue;
        const stored = pairOf(key.type, key.source, key.target);
        asked.set(id, { type: stored.type, source: stored.sourceId, target: stored.targetId });
      }
      if (asked.size === 0) return new Map();
      const found = await getRelationships(client, [...asked.values()]);
      const byAsked = new Map<string, RelationshipView>();
      for (const [id, key] of asked) {
        const rel = found.get(edgeId(key.type, key.source, key.target));
        if (rel !== undefined) byAsked.set(id, rel);
      }
      return byAsked;
    }),
    offersOfProduct: groupedLoader<Window, Page<RelationshipView>>((ids, w) => offersOfProducts(client, ids, w), emptyPage),
    productsOfCompany: groupedLoader<Window, Page<EntityView>>((ids, w) => productsOfCompanies(client, ids, w), emptyPage),
    articlesOfCompany: groupedLoader<Window, Page<ArticleView>>((ids, w) => articlesOfCompanies(client, ids, w), emptyPage),
    timeline: groupedLoader<Interval, TimelineBucket[]>((ids, interval) => timelineOfCompanies(client, ids, interval), []),
    /** A claim by assertion id: what opened or closed a period. */
    assertion: byIdLoader<EvidenceView>((ids) => evidenceOfAssertions(client, ids)),
    /** Keyed by edge id, with the per-edge limit as argument. */
    evidence: groupedLoader<number, EvidenceView[]>(async (ids, limit) => {
      const keys = ids.map(parseEdgeId).filter((k): k is EdgeKey => k !== undefined);
      const found = await evidenceOfRelationships(client, keys, limit);
      return found;
    }, []),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
