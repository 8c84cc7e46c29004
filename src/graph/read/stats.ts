import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import type { RelationType } from './graph-view.js';

const q = loadQueries(['count-stats'] as const);

export interface StatsView {
  articles: number;
  companies: number;
  products: number;
  edges: { type: RelationType; count: number }[];
}

/** Counts from Neo4j's count store: constant time whatever the graph size. */
export async function stats(client: GraphClient): Promise<StatsView> {
  const [r] = await client.read<Record<'articles' | 'companies' | 'products' | 'supplies' | 'competesWith' | 'offers', number>>(q['count-stats']);
  return {
    articles: r.articles,
    companies: r.companies,
    products: r.products,
    edges: [
      { type: 'SUPPLIES', count: r.supplies },
      { type: 'COMPETES_WITH', count: r.competesWith },
      { type: 'OFFERS', count: r.offers },
    ],
  };
}
