// newsgraph unwatch <company...>: take companies off the watchlist.
import { removeWatch } from '../../graph/alerts/watches.js';
import { parseCommand, usageError } from '../args.js';
import { resolveCompany } from '../company-ref.js';
import { withGraph } from '../with-graph.js';

export const summary = 'unwatch <company...>: take companies off the watchlist';

const help = `usage: newsgraph unwatch <company>...

  Takes companies (by id or name) off the watchlist. Exit code 1 when one was not on it.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('unwatch', help, args, {});
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) return usageError('unwatch', 'expects at least one company', help);
  return withGraph(async ({ client }) => {
    let code = 0;
    for (const ref of parsed.positionals) {
      const id = (await resolveCompany(client, ref).catch(() => ({ id: ref }))).id;
      if (await removeWatch(client, id)) console.log(`no longer watching ${id}`);
      else {
        console.error(`newsgraph unwatch: "${ref}" is not on the watchlist`);
        code = 1;
      }
    }
    return code;
  });
}
