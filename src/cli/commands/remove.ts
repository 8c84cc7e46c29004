// newsgraph remove <articleId...>: delete articles, their claims, and whatever they alone supported.
import { removeArticle } from '../../graph/write/index.js';
import { parseCommand, usageError } from '../args.js';
import { withGraph } from '../with-graph.js';

export const summary = 'remove articles by id, with their claims; edges and entities left without support go';

const help = `usage: newsgraph remove <articleId...> [--json]

Removes each article, its assertions and mentions, and recomputes the edges they supported;
edges and companies or products that nothing supports any more are deleted.
Exit code 1 when an id was not found.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('remove', help, args, { json: { type: 'boolean', default: false } });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError('remove', 'expects at least one article id', help);
  return withGraph(async ({ client }) => {
    const removed: string[] = [];
    const missing: string[] = [];
    for (const id of positionals) ((await removeArticle(client, id)) ? removed : missing).push(id);
    if (values.json) console.log(JSON.stringify({ removed, missing }));
    else {
      for (const id of removed) console.log(`removed ${id}`);
      for (const id of missing) console.error(`newsgraph remove: no article with id "${id}"`);
    }
    return missing.length > 0 ? 1 : 0;
  });
}
