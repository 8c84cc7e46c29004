// Fetching the pictures: a neighbourhood, a path, one node's neighbours to merge in.
// Each returns the graph or a reason there is nothing to draw.

import { ApiError, type Api } from './api.js';
import {
  neighborhoodQuery,
  pathQuery,
  type Graph,
  type NeighborhoodResult,
  type PathResult,
} from './queries.js';
import { filterArgs, type ViewState } from './view-state.js';

export type Drawing = { graph: Graph } | { empty: string };

export async function fetchNeighborhood(api: Api, id: string, state: ViewState): Promise<Drawing> {
  try {
    const data = await api.query<NeighborhoodResult>(neighborhoodQuery, { id, depth: 1, ...filterArgs(state) });
    if (data.neighborhood.nodes.length === 0) return { empty: `No company or product with the id "${id}".` };
    return { graph: data.neighborhood };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return { empty: `No company or product with the id "${id}".` };
    throw error;
  }
}

export async function fetchPath(api: Api, from: string, to: string, state: ViewState): Promise<Drawing> {
  try {
    const { types, asOf, status } = filterArgs(state);
    const data = await api.query<PathResult>(pathQuery, { from, to, types, asOf, status });
    if (data.path.edges.length === 0) return { empty: `No link between "${from}" and "${to}" within 4 hops with these relationship types.` };
    return { graph: data.path };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return { empty: `"${from}" or "${to}" is not a known company.` };
    throw error;
  }
}

/** "12 nodes, 15 relationships" and a word when the server cut the picture short. */
export function summarize(graph: { nodes: unknown[]; edges: unknown[]; truncated: boolean }): string {
  const n = graph.nodes.length;
  const e = graph.edges.length;
  const text = `${n} node${n === 1 ? '' : 's'}, ${e} relationship${e === 1 ? '' : 's'}.`;
  return graph.truncated ? `${text} Some neighbours were left out (busy nodes are capped): raise the minimum confidence or pick a type.` : text;
}
