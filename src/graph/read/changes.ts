import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { int } from './params.js';
import { withEdgeId } from './rows.js';
import type { EntityView, RelationshipView } from './views.js';

const q = loadQueries(['list-new-companies', 'list-new-relationships'] as const);

export interface Changes {
  companies: EntityView[];
  relationships: RelationshipView[];
  /** More than `limit` of either kind were new. */
  truncated: boolean;
}

/** What is new since an ISO datetime: companies and relationship edges created since, newest first. */
export async function changesSince(client: GraphClient, since: string, limit: number): Promise<Changes> {
  return client.readTransaction(async (tx) => {
    const companies = await tx.run<{ entity: EntityView }>(q['list-new-companies'], { since, limit: int(limit + 1) });
    const rels = await tx.run<{ rel: Omit<RelationshipView, 'id'> }>(q['list-new-relationships'], { since, limit: int(limit + 1) });
    return {
      companies: companies.slice(0, limit).map((r) => r.entity),
      relationships: rels.slice(0, limit).map((r) => withEdgeId(r.rel)),
      truncated: companies.length > limit || rels.length > limit,
    };
  }, 'changes');
}
