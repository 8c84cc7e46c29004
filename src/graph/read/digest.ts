import { loadQueries } from '../cypher.js';
import type { GraphClient } from '../neo4j-client.js';
import { int } from './params.js';
import { type ChangeKind, evidenceOfRelationships } from './relationships.js';
import { anyStatus } from './lifecycle.js';
import { type RelationshipRow, withEdgeId } from './rows.js';
import type { EntityView, EvidenceView, RelationshipView } from './views.js';

// The Monday-morning read: per company, the relationships that appeared, strengthened, ended or re-opened since a moment,
// each with its strongest sentence.

const q = loadQueries(['list-digest-changes'] as const);

export interface DigestChange {
  change: ChangeKind;
  at: string;
  relationship: RelationshipView;
  /** The strongest evidence, or null when the edge has none left to show. */
  evidence: EvidenceView | null;
}

export interface DigestEntry {
  company: EntityView;
  changes: DigestChange[];
}

export async function digestSince(
  client: GraphClient,
  since: string,
  companyIds: readonly string[] | null,
  limits: { companies: number; changes: number } = { companies: 100, changes: 50 },
): Promise<DigestEntry[]> {
  const rows = await client.read<{ company: EntityView; changes: Array<{ change: ChangeKind; updatedAt: string; rel: RelationshipRow }> }>(
    q['list-digest-changes'],
    { since, ids: companyIds ? [...companyIds] : null, limitCompanies: int(limits.companies), limitChanges: int(limits.changes), ...anyStatus() },
  );
  const keys = new Map<string, { type: RelationshipView['type']; source: string; target: string }>();
  for (const r of rows) for (const c of r.changes) keys.set(withEdgeId(c.rel).id, { type: c.rel.type, source: c.rel.source.id, target: c.rel.target.id });
  const evidence = await evidenceOfRelationships(client, [...keys.values()], 1);
  return rows.map((r) => ({
    company: r.company,
    changes: r.changes.map((c) => {
      const relationship = withEdgeId(c.rel);
      return { change: c.change, at: c.updatedAt, relationship, evidence: evidence.get(`${c.rel.type}:${c.rel.source.id}:${c.rel.target.id}`)?.[0] ?? null };
    }),
  }));
}
