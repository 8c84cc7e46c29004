import type { GraphClient } from '../../neo4j-client.js';
import { edgeId } from '../graph-view.js';
import { lifecycleOfRow, type LifecycleRow } from '../lifecycle.js';
import type { EntityView, RelationshipView, Window } from '../views.js';
import { aliasKey } from '../../write/alias-key.js';
import { buildCompaniesRead, buildCompanyByNameRead, connectionsKey, type Statement } from './build.js';
import type { EntityPlan } from './plan.js';

// Runs a nested plan as one auto-commit read (one statement, one transaction) and hands back rows the
// resolvers use as they are: entities with their pages attached under `nestedPages`, edges with their id.

export const nestedPages = Symbol('nestedPages');

/** One page of a connection as read: `rows` holds up to window.limit + 1 edges (the extra one says "more"). */
export interface NestedPage {
  rows: NestedEdge[];
  /** Null when totalCount was not asked for. */
  total: number | null;
  window: Window;
}

/** An entity with the properties the plan asked for (and always id and kind). */
export type NestedEntity = Partial<EntityView> & Pick<EntityView, 'id' | 'kind'> & { [nestedPages]?: Map<string, NestedPage> };
export type NestedEdge = Partial<RelationshipView> & Pick<RelationshipView, 'id' | 'type'> & { source: NestedEntity; target: NestedEntity };

type RawEntity = Record<string, unknown> & { id: string; [connectionsKey]?: Record<string, { page: RawEdge[]; total?: number }> };
type RawEdge = Record<string, unknown> & { type: RelationshipView['type']; source: RawEntity; target: RawEntity; lifecycle?: LifecycleRow };

// A plan is made once per request shape (nested-reads.ts keeps them), so its statement is built once too;
// only the ids or the name change from one request to the next.
const byIds = new WeakMap<EntityPlan, Statement>();
const byName = new WeakMap<EntityPlan, Statement>();

function statementFor(cache: WeakMap<EntityPlan, Statement>, plan: EntityPlan, build: () => Statement): Statement {
  let statement = cache.get(plan);
  if (!statement) cache.set(plan, (statement = build()));
  return statement;
}

export async function readNestedCompanies(client: GraphClient, plan: EntityPlan, ids: readonly string[]): Promise<Map<string, NestedEntity>> {
  const { name, text, params } = statementFor(byIds, plan, () => buildCompaniesRead(plan, []));
  const rows = await client.read<{ id: string; entity: RawEntity }>({ name, text }, { ...params, ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, entityOf(r.entity, plan)]));
}

/** The company a name denotes (canonical name, else an alias), read with the plan in one statement; undefined when none. */
export async function readNestedCompanyByName(client: GraphClient, plan: EntityPlan, companyName: string): Promise<NestedEntity | undefined> {
  const { name, text, params } = statementFor(byName, plan, () => buildCompanyByNameRead(plan, '', ''));
  const [row] = await client.read<{ entity: RawEntity }>({ name, text }, { ...params, name: companyName, key: aliasKey(companyName) });
  return row && entityOf(row.entity, plan);
}

function entityOf(raw: RawEntity, plan: EntityPlan): NestedEntity {
  const { [connectionsKey]: connections, ...props } = raw;
  const entity = props as unknown as NestedEntity;
  if (plan.connections.size === 0) return entity;
  const pages = new Map<string, NestedPage>();
  for (const [key, c] of plan.connections) {
    const read = connections![key];
    pages.set(key, {
      rows: read.page.map((e) => edgeOf(e, c.edge.source, c.edge.target)),
      total: read.total ?? null,
      window: c.window,
    });
  }
  entity[nestedPages] = pages;
  return entity;
}

function edgeOf(raw: RawEdge, source: EntityPlan, target: EntityPlan): NestedEdge {
  const s = entityOf(raw.source, source);
  const t = entityOf(raw.target, target);
  const { lifecycle, ...props } = raw;
  return {
    ...(props as Omit<RawEdge, 'source' | 'target'>),
    ...(lifecycle ? lifecycleOfRow(lifecycle) : {}),
    id: edgeId(raw.type, s.id, t.id),
    source: s,
    target: t,
  } as NestedEdge;
}
