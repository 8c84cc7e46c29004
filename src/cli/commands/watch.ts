// newsgraph watch [<company>...]: add companies to the watchlist (webhooks without companies follow it); no
// argument lists it.
import { watchCompany } from '../../alerts/manage.js';
import { listWatches } from '../../graph/alerts/watches.js';
import { parseCommand } from '../args.js';
import { resolveCompany } from '../company-ref.js';
import { withGraph } from '../with-graph.js';

export const summary = 'watch <company...>: alert webhooks about these companies\' relationship changes; no argument lists the watchlist';

const help = `usage: newsgraph watch [<company>...]

  Adds companies (by id or name) to the watchlist: each new, strengthened, ended or re-opened relationship touching one of them
  is POSTed to the webhooks that follow the watchlist (see newsgraph webhooks). Without arguments, prints it.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('watch', help, args, {});
  if (typeof parsed === 'number') return parsed;
  return withGraph(async ({ client }) => {
    if (parsed.positionals.length === 0) {
      const watches = await listWatches(client);
      if (watches.length === 0) console.log('the watchlist is empty: newsgraph watch <company>');
      for (const w of watches) console.log(`${w.companyId}\t${w.name ?? '(company gone)'}`);
      return 0;
    }
    for (const ref of parsed.positionals) {
      const company = await watchCompany(client, (await resolveCompany(client, ref)).id);
      console.log(`watching ${company.name} (${company.id})`);
    }
    return 0;
  });
}
