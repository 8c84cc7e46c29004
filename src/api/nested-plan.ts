import { Kind, valueFromASTUntyped, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { z } from 'zod';
import { lastSeenSince, minConfidence, statusOn, type EdgeFilter } from '../graph/read/nested/edge-filter.js';
import {
  edgeFields, emptyEdgePlan, entityFields, lifecycleFields, type CompanyRelation, type ConnectionPlan, type Direction, type EdgeField,
  type EdgePlan, type EntityField, type EntityPlan,
} from '../graph/read/nested/plan.js';
import { confidence, connectionArgs, isoDateTime, lifecycleArgs, lifecycleFilter, parse, windowOf } from './args.js';

// A GraphQL selection on Company → the plan of one nested read (src/graph/read/nested). Only what the
// plan knows is read in Cypher: company properties and the suppliers/customers/competitors connections,
// through their edges, nodes, sources and targets, to any depth. Every other field (products, articles,
// timeline, evidence, __typename) keeps its own resolver, which finds the id it needs on the row.
// Fragments and @skip/@include are followed as GraphQL execution would; fragments on Product never
// apply (the ends of these edges are companies).

export interface PlanContext {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export const companyConnections: Record<string, { type: CompanyRelation; direction: Direction }> = {
  // Supplier → company edges: the company is the target.
  suppliers: { type: 'SUPPLIES', direction: 'IN' },
  customers: { type: 'SUPPLIES', direction: 'OUT' },
  competitors: { type: 'COMPETES_WITH', direction: 'BOTH' },
};

export const edgeArgs = z.object({ minConfidence: confidence.nullish(), since: isoDateTime.nullish(), ...lifecycleArgs, ...connectionArgs });

const companyTypes = new Set(['Company', 'Entity']);
const isEntityField = (name: string): name is EntityField => (entityFields as readonly string[]).includes(name);
const isEdgeField = (name: string): name is EdgeField => (edgeFields as readonly string[]).includes(name);

/** The plan for a Company selection (the field nodes of one response key). Connections whose arguments fail are left out: their resolver reports the error. */
export function planEntity(sets: readonly SelectionSetNode[], ctx: PlanContext): EntityPlan {
  const plan: EntityPlan = { fields: new Set(), connections: new Map() };
  for (const [key, nodes] of byResponseKey(sets, companyTypes, ctx)) {
    const name = nodes[0].name.value;
    if (isEntityField(name)) plan.fields.add(name);
    else if (name in companyConnections) {
      try {
        plan.connections.set(key, planConnection(nodes, ctx));
      } catch {
        // Left to the field's resolver, which parses the same arguments and reports what is wrong.
      }
    }
  }
  return plan;
}

/** The plan for one connection field (all its nodes under one response key). Throws BAD_USER_INPUT on bad arguments. */
export function planConnection(nodes: readonly FieldNode[], ctx: PlanContext): ConnectionPlan {
  const args = nodes.map((n) => JSON.stringify(argsOf(n, ctx)));
  if (args.some((a) => a !== args[0])) throw new Error(`"${nodes[0].name.value}" asked twice under one key with different arguments`);
  const a = parse(edgeArgs, argsOf(nodes[0], ctx));
  const filters: EdgeFilter[] = [minConfidence(a.minConfidence ?? 0)];
  if (a.since) filters.push(lastSeenSince(a.since));
  filters.push(statusOn(lifecycleFilter(a)));
  const plan: ConnectionPlan = {
    ...companyConnections[nodes[0].name.value],
    filters,
    asOf: a.asOf ?? null,
    window: windowOf(a),
    total: false,
    page: false,
    edge: emptyEdgePlan(),
  };
  const edgeNodes: SelectionSetNode[] = [];
  for (const [, fields] of byResponseKey(selections(nodes), new Set(['RelationshipConnection']), ctx)) {
    const name = fields[0].name.value;
    if (name === 'totalCount') plan.total = true;
    if (name === 'pageInfo' || name === 'edges') plan.page = true;
    if (name === 'edges') edgeNodes.push(...selections(fields));
  }
  const nodeSets: SelectionSetNode[] = [];
  for (const [, fields] of byResponseKey(edgeNodes, new Set(['RelationshipEdge']), ctx)) {
    if (fields[0].name.value === 'node') nodeSets.push(...selections(fields));
  }
  plan.edge = planEdge(nodeSets, ctx);
  return plan;
}

function planEdge(sets: readonly SelectionSetNode[], ctx: PlanContext): EdgePlan {
  const ends: Record<'source' | 'target', SelectionSetNode[]> = { source: [], target: [] };
  const fields = new Set<EdgeField>();
  let lifecycle = false;
  for (const [, nodes] of byResponseKey(sets, new Set(['Relationship']), ctx)) {
    const name = nodes[0].name.value;
    if (isEdgeField(name)) fields.add(name);
    if ((lifecycleFields as readonly string[]).includes(name)) lifecycle = true;
    if (name === 'source' || name === 'target') ends[name].push(...selections(nodes));
  }
  return { fields, lifecycle, source: planEntity(ends.source, ctx), target: planEntity(ends.target, ctx) };
}

const selections = (nodes: readonly FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

function argsOf(node: FieldNode, ctx: PlanContext): Record<string, unknown> {
  return Object.fromEntries((node.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, ctx.variables)]));
}

/** @skip(if: true) and @include(if: false) drop a selection, as in execution. */
function included(node: { directives?: readonly { name: { value: string }; arguments?: readonly { value: Parameters<typeof valueFromASTUntyped>[0] }[] }[] }, ctx: PlanContext): boolean {
  for (const d of node.directives ?? []) {
    const value = d.arguments?.[0] ? valueFromASTUntyped(d.arguments[0].value, ctx.variables) : undefined;
    if (d.name.value === 'skip' && value === true) return false;
    if (d.name.value === 'include' && value === false) return false;
  }
  return true;
}

/** The fields of the selection sets, through fragments that apply to `types`, grouped by response key. */
function byResponseKey(sets: readonly SelectionSetNode[], types: ReadonlySet<string>, ctx: PlanContext): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const s of set.selections) {
      if (!included(s, ctx)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        out.set(key, [...(out.get(key) ?? []), s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!s.typeCondition || types.has(s.typeCondition.name.value)) visit(s.selectionSet, seen);
      } else {
        const fragment = ctx.fragments[s.name.value];
        if (fragment && !seen.has(s.name.value) && types.has(fragment.typeCondition.name.value)) {
          visit(fragment.selectionSet, new Set([...seen, s.name.value]));
        }
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}
