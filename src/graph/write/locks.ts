import { loadQueries } from '../cypher.js';
import type { Tx } from '../neo4j-client.js';
import { type EntityRef, uniqueEntities } from './types.js';

// Write transactions that read totals (mentions, assertions) and write them back first take the exclusive
// locks of everything they will touch, always in sorted order, so that two writers run one after the other
// instead of both reading the old totals (a lost update). Creating a relationship to a dense node only takes
// shared locks, hence the explicit lock. A deadlock that still happens is retried by the managed transaction.

const q = loadQueries(['lock-entities', 'lock-alias-keys', 'delete-unlinked-aliases'] as const);

/** Locks the entities that exist; returns them (a missing one was deleted since it was read). */
export async function lockEntities(tx: Tx, refs: Iterable<EntityRef>): Promise<EntityRef[]> {
  const rows = uniqueEntities(refs);
  if (rows.length === 0) return [];
  return tx.run<EntityRef>(q['lock-entities'], { rows });
}

/**
 * Locks alias keys before resolution reads their links, creating the Alias nodes missing: a concurrent
 * ingester with one of these keys waits for this transaction, then reads its links. Pair with
 * `dropUnlinkedAliases` before commit.
 */
export async function lockAliasKeys(tx: Tx, keys: Iterable<string>): Promise<string[]> {
  const sorted = [...new Set(keys)].filter((k) => k !== '').sort();
  if (sorted.length > 0) await tx.run(q['lock-alias-keys'], { keys: sorted });
  return sorted;
}

/** Deletes the keys lockAliasKeys created that nothing was linked to, so no Alias without an OF link remains. */
export async function dropUnlinkedAliases(tx: Tx, keys: string[]): Promise<void> {
  if (keys.length > 0) await tx.run(q['delete-unlinked-aliases'], { keys });
}
