import { encodeCursor } from './args.js';
import type { Window } from '../graph/read/views.js';

// Relay connections over offset windows. `totalCount` may be a function: the connection types'
// totalCount resolver calls it (and so runs the count query) only when a client asks for the field.

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | (() => Promise<number>);
}

/** A page whose list total is known. */
export function connection<T>(items: T[], total: number | (() => Promise<number>), window: Window, hasNextPage?: boolean): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(window.skip + i + 1), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: hasNextPage ?? (typeof total === 'number' && window.skip + items.length < total),
      hasPreviousPage: window.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** A page read with limit + 1 rows (the extra row only says that there is a next page); the total comes lazily. */
export function connectionOfProbe<T>(rows: T[], window: Window, total: () => Promise<number>): Connection<T> {
  return connection(rows.slice(0, window.limit), total, window, rows.length > window.limit);
}

export function probe(window: Window): Window {
  return { skip: window.skip, limit: window.limit + 1 };
}

/** The totalCount resolver of every connection type (graphql-jit, unlike graphql-js, does not call function-valued properties). */
export const connectionType = {
  totalCount: (c: Connection<unknown>) => (typeof c.totalCount === 'function' ? c.totalCount() : c.totalCount),
};
