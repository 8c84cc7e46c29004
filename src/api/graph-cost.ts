import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, valueFromASTUntyped } from 'graphql';

// The price of the graph reads in one operation, by what they may touch: graphql-armor's cost limit counts
// fields, so fifteen aliases of `neighborhood(depth: 3, limit: 1000) { nodes { id } }` looked cheap while
// each one walks thousands of edges. Arguments are read with the request's variables.
//   neighborhood: limit (default 100) × depth (default 1)   → at most 3,000
//   path:         200 × maxHops (default 4)                 → at most 1,200
//   supplyChain:  250 × depth (default 2)                   → at most 1,000

type Args = Record<string, unknown>;
const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.max(0, v) : fallback);

const prices: Record<string, (a: Args) => number> = {
  neighborhood: (a) => num(a.limit, 100) * Math.max(1, num(a.depth, 1)),
  path: (a) => 200 * Math.max(1, num(a.maxHops, 4)),
  supplyChain: (a) => 250 * Math.max(1, num(a.depth, 2)),
};

export function graphCost(document: DocumentNode, operationName: string | null | undefined, variables: Args | null | undefined): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query') return 0;
  const argsOf = (field: FieldNode): Args =>
    Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables ?? {})]));
  // Root fields only (the graph reads live on Query), through fragments; a fragment is counted where it is spread.
  const sum = (set: SelectionSetNode, seen: Set<string>): number =>
    set.selections.reduce((total, s) => {
      if (s.kind === Kind.FIELD) return total + (prices[s.name.value]?.(argsOf(s)) ?? 0);
      if (s.kind === Kind.INLINE_FRAGMENT) return total + sum(s.selectionSet, seen);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return total;
      return total + sum(fragment.selectionSet, new Set([...seen, s.name.value]));
    }, 0);
  return sum(operation.selectionSet, new Set());
}
