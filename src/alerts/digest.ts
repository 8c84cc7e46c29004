import { listWatches } from '../graph/alerts/watches.js';
import { type DigestEntry, digestSince } from '../graph/read/digest.js';
import type { GraphClient } from '../graph/neo4j-client.js';

// digest(since, companies): the companies asked for, else the watchlist, else every company that changed.

export interface Digest {
  since: string;
  /** Which companies were asked about: 'given', 'watchlist' or 'all'. */
  scope: 'given' | 'watchlist' | 'all';
  companies: DigestEntry[];
}

export async function buildDigest(client: GraphClient, since: string, companies: readonly string[] | null | undefined): Promise<Digest> {
  if (companies && companies.length > 0) return { since, scope: 'given', companies: await digestSince(client, since, companies) };
  const watched = (await listWatches(client)).map((w) => w.companyId);
  if (watched.length > 0) return { since, scope: 'watchlist', companies: await digestSince(client, since, watched) };
  return { since, scope: 'all', companies: await digestSince(client, since, null) };
}

const verbs: Record<string, string> = { SUPPLIES: 'supplies', COMPETES_WITH: 'competes with', OFFERS: 'offers' };

/** The digest as Markdown, for a person: one section per company, one line per change with its best sentence. */
export function digestMarkdown(d: Digest): string {
  const lines = [`# newsgraph digest since ${d.since}`, ''];
  if (d.companies.length === 0) lines.push(`Nothing changed for ${d.scope === 'all' ? 'any company' : 'these companies'}.`);
  for (const { company, changes } of d.companies) {
    lines.push(`## ${company.name} (${company.id})`, '');
    for (const c of changes) {
      const r = c.relationship;
      const sources = `${r.evidenceCount} source${r.evidenceCount === 1 ? '' : 's'}`;
      lines.push(`- **${c.change}** ${r.source.name} ${verbs[r.type] ?? r.type} ${r.target.name} (confidence ${r.confidence.toFixed(2)}, ${sources})`);
      if (c.evidence) {
        const a = c.evidence.article;
        const where = [a.title ?? a.id, a.url, a.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
        lines.push(`  > ${c.evidence.sentence.replace(/\s+/g, ' ')}`, `  > — ${where}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
