// newsgraph digest --since 7d [--company X] [--format md|json]: what changed for the companies one follows.
import { buildDigest, digestMarkdown } from '../../alerts/digest.js';
import { parseDuration } from '../../duration.js';
import { parseCommand, usageError } from '../args.js';
import { resolveCompany } from '../company-ref.js';
import { withGraph } from '../with-graph.js';

export const summary = 'digest --since 7d [--company X] [--format md|json]: relationships that appeared, strengthened or ended, with evidence';

const help = `usage: newsgraph digest --since <7d | 2026-03-01> [--company <id or name>]... [--format md|json]

  Per company, the relationships that appeared, gained support, ended or re-opened since then, each with its strongest
  sentence and article. Companies: those given, else the watchlist (newsgraph watch), else every company
  that changed. --since takes a duration back from now (12h, 7d, 2w) or an ISO date.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('digest', help, args, {
    since: { type: 'string' },
    company: { type: 'string', multiple: true },
    format: { type: 'string', default: 'md' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (!values.since) return usageError('digest', '--since is required (e.g. --since 7d)', help);
  if (values.format !== 'md' && values.format !== 'json') return usageError('digest', `--format "${values.format}": expected md or json`, help);
  let since: string;
  if (/^\d{4}-\d{2}-\d{2}/.test(values.since) && !Number.isNaN(Date.parse(values.since))) since = new Date(values.since).toISOString();
  else {
    try {
      since = new Date(Date.now() - parseDuration(values.since, '--since')).toISOString();
    } catch (error) {
      return usageError('digest', `${(error as Error).message}, or an ISO date`, help);
    }
  }
  return withGraph(async ({ client }) => {
    const ids = [];
    for (const ref of values.company ?? []) ids.push((await resolveCompany(client, ref)).id);
    const digest = await buildDigest(client, since, ids);
    console.log(values.format === 'json' ? JSON.stringify(digest, null, 2) : digestMarkdown(digest));
    return 0;
  });
}
