import DataLoader from 'dataloader';
import { visit, type ASTNode, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import type { GraphClient } from '../graph/neo4j-client.js';
import { emptyEntityPlan, rowsOf, type EntityPlan } from '../graph/read/nested/plan.js';
import {
  nestedPages, readNestedCompanies, readNestedCompanyByName, type NestedEdge, type NestedEntity, type NestedPage,
} from '../graph/read/nested/read.js';
import { connection, type Connection } from './connection.js';
import { planConnection, planEntity, type PlanContext } from './nested-plan.js';

// Company reads resolved as one statement per entry point rather than one per level:
// - `company(id)` and `company(name)` read the company and everything nested under it that the plan knows in one statement;
//   concurrent `company(id)` requests of one shape share that statement (createSharedLookups);
// - a connection field on a company that came some other way (a page of `companies`, an edge of
//   `relationship`, a product's makers) reads that connection and everything under it for all the
//   companies of the response at once (a DataLoader per field, keyed by company id).
// The connection resolvers then find their pages on the rows (`nestedPages`, by response key).

const planContext = (info: GraphQLResolveInfo): PlanContext => ({ fragments: info.fragments, variables: info.variableValues });

// A field's nodes get a stable name within the process, so that the same field under every parent of a list shares one loader.
const nodeIds = new WeakMap<FieldNode, number>();
let nextNodeId = 0;
const nodesKey = (nodes: readonly FieldNode[]) =>
  nodes.map((n) => nodeIds.get(n) ?? (nodeIds.set(n, ++nextNodeId), nextNodeId)).join(',');

// A plan depends on the selection and on the values of the variables used inside it (first, minConfidence, @skip…),
// not on the root field's own arguments: `query($id: ID!) { company(id: $id) { … } }` asked again with another id
// has the same plan. Documents are parsed once (Yoga's parser cache) and keep their nodes, so plans are kept by
// field nodes and those variables' values (a bounded cache: cleared when full).
const maxPlans = 1000;
const plans = new Map<string, EntityPlan>();
const variablesUsed = new Map<string, string[]>();

function companyPlan(info: GraphQLResolveInfo): EntityPlan {
  const nodes = nodesKey(info.fieldNodes);
  let names = variablesUsed.get(nodes);
  if (!names) {
    if (variablesUsed.size >= maxPlans) variablesUsed.clear();
    variablesUsed.set(nodes, (names = variablesIn(info.fieldNodes, info.fragments)));
  }
  const key = `${nodes}|${JSON.stringify(names.map((n) => info.variableValues[n]))}`;
  let plan = plans.get(key);
  if (!plan) {
    if (plans.size >= maxPlans) plans.clear();
    plan = planEntity(info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), planContext(info));
    plans.set(key, plan);
  }
  return plan;
}

/** Names of the variables the fields' selections use (through fragments) and their directives. */
function variablesIn(nodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): string[] {
  const names = new Set<string>();
  const spread = new Set<string>();
  const walk = (node: ASTNode) =>
    visit(node, {
      Variable: (v) => void names.add(v.name.value),
      FragmentSpread: (s) => {
        const fragment = fragments[s.name.value];
        if (fragment && !spread.has(s.name.value)) {
          spread.add(s.name.value);
          walk(fragment);
        }
      },
    });
  for (const n of nodes) {
    if (n.selectionSet) walk(n.selectionSet);
    for (const d of n.directives ?? []) walk(d);
  }
  return [...names].sort();
}

/** Companies by id, each with what the plan asks for: one statement per batch of ids. */
const companiesLoader = (client: GraphClient, plan: EntityPlan, options?: DataLoader.Options<string, NestedEntity | undefined>) =>
  new DataLoader<string, NestedEntity | undefined>(async (ids) => {
    const found = await readNestedCompanies(client, plan, ids);
    return ids.map((id) => found.get(id));
  }, options);

/** The most companies one shared read asks for; more waiting requests go in the next statements. */
export const maxSharedRead = 64;
/** The most rows (rowsOf) one shared read may walk: lookups with deep or large pages share less, or not at all. */
export const maxSharedRows = 4096;

/**
 * `company(id)` from concurrent requests of the same shape (the same plan), read together: the requests whose
 * lookups arrive in one turn of the event loop share one statement (`UNWIND $ids`) and one transaction, instead
 * of one each. Neo4j and the driver then pay their per-statement cost once for the lot. A request alone waits for
 * no one: the read starts as soon as the turn's I/O has been handled (setImmediate). Nothing is cached: every
 * read goes to the database. A shared statement stays small enough to finish well within the transaction time
 * limit: at most maxSharedRead companies, and fewer when the plan's pages are large (maxSharedRows).
 */
export function createSharedLookups(client: GraphClient) {
  const loaders = new WeakMap<EntityPlan, DataLoader<string, NestedEntity | undefined>>();
  return (plan: EntityPlan, id: string): Promise<NestedEntity | undefined> => {
    let loader = loaders.get(plan);
    if (!loader) {
      loader = companiesLoader(client, plan, { cache: false, maxBatchSize: sharedReadSize(plan), batchScheduleFn: (read) => setImmediate(read) });
      loaders.set(plan, loader);
    }
    return loader.load(id);
  };
}

export type SharedLookups = ReturnType<typeof createSharedLookups>;

/** How many companies of this plan one shared read takes: 1 to maxSharedRead, by the rows each may walk. */
export const sharedReadSize = (plan: EntityPlan) => Math.max(1, Math.min(maxSharedRead, Math.floor(maxSharedRows / rowsOf(plan))));

export function createNestedReads(client: GraphClient, lookup: SharedLookups) {
  const loaders = new Map<string, DataLoader<string, NestedEntity | undefined>>();

  return {
    /** `company(id)`: the company with everything the selection asks for that a plan can hold; null when there is none. */
    async company(id: string, info: GraphQLResolveInfo): Promise<NestedEntity | null> {
      return (await lookup(companyPlan(info), id)) ?? null;
    },

    /** `company(name)`: the company the name denotes (its canonical name, else an alias) read as by id, in one statement. */
    async companyByName(name: string, info: GraphQLResolveInfo): Promise<NestedEntity | null> {
      return (await readNestedCompanyByName(client, companyPlan(info), name)) ?? null;
    },

    /** A relationship connection of a company: the page read with its parent, or one read for all parents of this field. */
    async connection(company: NestedEntity, info: GraphQLResolveInfo): Promise<Connection<NestedEdge>> {
      const key = String(info.path.key);
      const planned = company[nestedPages]?.get(key);
      if (planned) return relay(planned);
      const signature = nodesKey(info.fieldNodes);
      let loader = loaders.get(signature);
      if (!loader) {
        const plan = emptyEntityPlan();
        plan.connections.set(key, planConnection(info.fieldNodes, planContext(info)));
        loader = companiesLoader(client, plan);
        loaders.set(signature, loader);
      }
      const read = await loader.load(company.id);
      const page = read?.[nestedPages]?.get(key);
      if (!page) return connection([], 0, planConnection(info.fieldNodes, planContext(info)).window);
      return relay(page);
    },
  };
}

export type NestedReads = ReturnType<typeof createNestedReads>;

function relay(page: NestedPage): Connection<NestedEdge> {
  const { rows, total, window } = page;
  // The plan reads the count whenever the selection has totalCount, so the function is never called.
  const totalCount = total ?? (() => Promise.reject(new Error('totalCount was not read with this page')));
  return connection(rows.slice(0, window.limit), totalCount, window, rows.length > window.limit);
}
