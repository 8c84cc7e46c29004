import type { GraphClient } from '../neo4j-client.js';
import { loadQueries } from '../cypher.js';
import { anyStatus } from './lifecycle.js';
import { int } from './params.js';
import { type RelationshipRow, withEdgeId } from './rows.js';
import type { EntityView, RelationshipView } from './views.js';

const q = loadQueries(['list-new-companies', 'list-new-relationships', 'list-ended-relationships'] as const);

export interface Changes {
  companies: EntityView[];
  relationships: RelationshipView[];
  /** Relationships that ended, or whose end was announced, since. */
  endings: RelationshipView[];
  /** More than `limit` of any kind. */
  truncated: boolean;
}

/** What changed since an ISO datetime: companies and relationship edges created, and edges ended, newest first. */
export async function changesSince(client: GraphClient, since: string, limit: number): Promise<Changes> {
  return client.readTransaction(async (tx) => {
    const params = { since, limit: int(limit + 1), ...anyStatus() };
    const companies = await tx.run<{ entity: EntityView }>(q['list-new-companies'], params);
    const rels = await tx.run<{ rel: RelationshipRow }>(q['list-new-relationships'], params);
    const ended = await tx.run<{ rel: RelationshipRow }>(q['list-ended-relationships'], params);
    return {
      companies: companies.slice(0, limit).map((r) => r.entity),
      relationships: rels.slice(0, limit).map((r) => withEdgeId(r.rel)),
      endings: ended.slice(0, limit).map((r) => withEdgeId(r.rel)),
      truncated: companies.length > limit || rels.length > limit || ended.length > limit,
    };
  }, 'changes');
}
