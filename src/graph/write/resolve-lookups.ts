import { loadQueries } from '../cypher.js';
import type { Tx } from '../neo4j-client.js';
import type { AliasLink, ResolverLookups } from './resolve.js';

// What entity resolution reads, answered inside the caller's write transaction.

const q = loadQueries(['lookup-alias-links', 'lookup-entity-context', 'lookup-taken-ids'] as const);

export function lookupsFor(tx: Tx): ResolverLookups {
  return {
    links: (keys) => tx.run<AliasLink>(q['lookup-alias-links'], { keys }),
    async context(ids, label, keys) {
      const rows = await tx.run<{ id: string; score: number }>(q['lookup-entity-context'], { ids, label, keys });
      return new Map(rows.map((r) => [r.id, r.score]));
    },
    async takenIds(label, slugs) {
      const rows = await tx.run<{ slug: string; id: string }>(q['lookup-taken-ids'], { label, slugs });
      const taken = new Map<string, Set<string>>();
      for (const r of rows) taken.set(r.slug, (taken.get(r.slug) ?? new Set()).add(r.id));
      return taken;
    },
  };
}
