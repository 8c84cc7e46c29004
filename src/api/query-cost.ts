import {
  Kind, valueFromASTUntyped,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLFieldMap, type GraphQLNamedType, type GraphQLOutputType,
  type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { pageDefault } from './args.js';

// The price of a query: about how many fields its answer may hold. A field under a field that takes
// `first` counts once per item it may return: `first` as asked, else the argument's default in the schema
// (evidence 10, changes 100), else the page default (25). So
//   company { suppliers(first: 5) { edges { node { source { name } } } } }   costs 1 + 1 + 5 × 4 = 22
// and going one level deeper multiplies by the page size, where a field count (graphql-armor's cost
// limit) would not see a difference between `first: 1` and `first: 100`. Variables are read.

type Vars = Record<string, unknown>;

export function queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Vars): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  // Types are told apart by shape, not with graphql's instanceof checks, which fail when both the ESM and
  // the CommonJS copy of graphql are loaded (graphql-yoga and the armor plugins bring one each).
  const fieldsOf = (type: GraphQLNamedType): GraphQLFieldMap<unknown, unknown> | undefined =>
    'getFields' in type && !('getInterfaces' in type && 'parseValue' in type) ? (type.getFields() as GraphQLFieldMap<unknown, unknown>) : undefined;
  const named = (type: GraphQLOutputType): GraphQLNamedType => ('ofType' in type ? named(type.ofType) : type);

  const cost = (set: SelectionSetNode, type: GraphQLNamedType, times: number, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        total += times;
        const def = fieldsOf(type)?.[s.name.value];
        if (!def || !s.selectionSet) continue;
        const first = def.args.find((a) => a.name === 'first');
        let items = 1;
        if (first) {
          const given = s.arguments?.find((a) => a.name.value === 'first');
          const value = given ? valueFromASTUntyped(given.value, variables) : undefined;
          items = typeof value === 'number' ? value : typeof first.defaultValue === 'number' ? first.defaultValue : pageDefault;
        }
        total += cost(s.selectionSet, named(def.type), times * items, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        total += cost(s.selectionSet, (s.typeCondition && schema.getType(s.typeCondition.name.value)) || type, times, seen);
      } else {
        const fragment = fragments.get(s.name.value);
        if (!fragment || seen.has(s.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += cost(fragment.selectionSet, on, times, new Set([...seen, s.name.value]));
      }
    }
    return total;
  };
  return cost(operation.selectionSet, root, 1, new Set());
}

/** Refuses an operation whose answer may hold more than `maxCost` fields, saying by how much (QUERY_TOO_COMPLEX, HTTP 400: it can never run). */
export function queryCostLimit(maxCost: number): Plugin {
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = queryCost(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Vars);
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(
            `Query cost limit of ${n(maxCost)} exceeded by ${n(cost - maxCost)}: the answer may hold ${n(cost)} fields ` +
              '(each field counts once per item of the lists around it). Ask for smaller pages (first) or fewer levels.',
            { extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', cost, maxCost, http: { status: 400 } } },
          ),
        ],
      });
    },
  };
}
