import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';

// The watchlist: (:Watch {companyId, createdAt}), one per watched company.

const q = loadQueries(['add-watch', 'remove-watch', 'list-watches'] as const);

export interface WatchView {
  companyId: string;
  name: string | null;
  createdAt: string;
}

/** The watched company, or undefined when no company has that id. */
export async function addWatch(client: GraphClient, companyId: string, now = new Date().toISOString()): Promise<{ id: string; name: string } | undefined> {
  const [row] = await client.write<{ company: { id: string; name: string } }>(q['add-watch'], { companyId, now });
  return row?.company;
}

export async function removeWatch(client: GraphClient, companyId: string): Promise<boolean> {
  const [row] = await client.write<{ removed: number }>(q['remove-watch'], { companyId });
  return (row?.removed ?? 0) > 0;
}

export async function listWatches(client: GraphClient): Promise<WatchView[]> {
  return client.read<WatchView>(q['list-watches']);
}
