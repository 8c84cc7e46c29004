import { randomUUID } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import { loadQueries } from '../cypher.js';
import type { GraphClient, Tx } from '../neo4j-client.js';
import { aliasKey } from './alias-key.js';
import { recomputeEdges, recomputeEntities, refreshAliases } from './recompute.js';
import type { EdgePair, EntityLabel } from './types.js';

// Hand corrections to entity resolution. Each runs in one transaction and leaves a (:Curation) audit record
// saying who did what to which entities when. Edges are recomputed from assertions, never copied.

const q = loadQueries([
  'lookup-entity', 'lookup-entity-pairs', 'replace-company-links', 'add-alias', 'remove-alias', 'record-curation',
] as const);

export interface CurationResult {
  /** Id of the (:Curation) audit record. */
  curationId: string;
  /** The entity that now carries the result (the merge target). */
  entityId: string;
  at: string;
}

interface Entity {
  id: string;
  label: EntityLabel;
  name: string;
}

async function entity(tx: Tx, id: string, label?: EntityLabel): Promise<Entity> {
  const found = (await tx.run<Entity>(q['lookup-entity'], { id })).filter((e) => !label || e.label === label);
  if (found.length === 0) throw new NotFoundError(`No ${label?.toLowerCase() ?? 'company or product'} with id "${id}"`);
  // Ids are unique per label; a company wins over a product with the same slug.
  return found.find((e) => e.label === 'Company') ?? found[0]!;
}

async function record(
  tx: Tx,
  action: 'merge' | 'addAlias' | 'removeAlias',
  fields: { source?: string; target?: string; alias?: string; by: string },
): Promise<{ id: string; at: string }> {
  const [row] = await tx.run<{ id: string; at: string }>(q['record-curation'], {
    id: randomUUID(), action, source: fields.source ?? null, target: fields.target ?? null,
    alias: fields.alias ?? null, by: fields.by, now: new Date().toISOString(),
  });
  return row!;
}

/**
 * Merges company `sourceId` into `targetId`: its aliases, assertions and mentions move to the target, the
 * target's edges are recomputed from the assertions, and the source is deleted. The target keeps its id.
 */
export async function mergeCompanies(client: GraphClient, sourceId: string, targetId: string, by: string): Promise<CurationResult> {
  if (sourceId === targetId) throw new InvalidInputError('Cannot merge a company into itself', [{ path: ['targetId'], message: 'same as sourceId' }]);
  return client.writeTransaction(async (tx) => {
    await entity(tx, sourceId, 'Company');
    await entity(tx, targetId, 'Company');
    const before = await tx.run<EdgePair>(q['lookup-entity-pairs'], { id: sourceId, label: 'Company' });
    await tx.run(q['replace-company-links'], { sourceId, targetId });
    const swap = (id: string) => (id === sourceId ? targetId : id);
    const pairs = before
      .map((p) => ({ ...p, sourceId: swap(p.sourceId), targetId: swap(p.targetId) }))
      .filter((p) => p.type === 'OFFERS' || p.sourceId !== p.targetId);
    const now = new Date().toISOString();
    await recomputeEdges(tx, pairs, now);
    const target = { id: targetId, label: 'Company' as const };
    await refreshAliases(tx, [target]);
    await recomputeEntities(tx, [target]);
    const audit = await record(tx, 'merge', { source: sourceId, target: targetId, by });
    return { curationId: audit.id, entityId: targetId, at: audit.at };
  }, 'merge-companies');
}

function keyOf(alias: string): string {
  const key = alias.trim() === '' ? '' : aliasKey(alias);
  if (!key) throw new InvalidInputError('An alias needs at least one letter or digit', [{ path: ['alias'], message: 'empty' }]);
  return key;
}

/** Adds an alias to a company or product, so later articles naming it resolve to this entity. */
export async function addAlias(client: GraphClient, entityId: string, alias: string, by: string): Promise<CurationResult> {
  const key = keyOf(alias);
  return client.writeTransaction(async (tx) => {
    const e = await entity(tx, entityId);
    await tx.run(q['add-alias'], { key, text: alias.trim(), id: e.id, label: e.label });
    await refreshAliases(tx, [e]);
    const audit = await record(tx, 'addAlias', { target: e.id, alias: alias.trim(), by });
    return { curationId: audit.id, entityId: e.id, at: audit.at };
  }, 'add-alias');
}

/** Removes an alias from a company or product (e.g. a name two companies share that was linked wrongly). */
export async function removeAlias(client: GraphClient, entityId: string, alias: string, by: string): Promise<CurationResult> {
  const key = keyOf(alias);
  return client.writeTransaction(async (tx) => {
    const e = await entity(tx, entityId);
    const [row] = await tx.run<{ removed: number }>(q['remove-alias'], { key, id: e.id, label: e.label });
    if (!row || row.removed === 0) throw new NotFoundError(`"${e.id}" has no alias "${alias}"`);
    await refreshAliases(tx, [e]);
    const audit = await record(tx, 'removeAlias', { target: e.id, alias: alias.trim(), by });
    return { curationId: audit.id, entityId: e.id, at: audit.at };
  }, 'remove-alias');
}
