// newsgraph remove <articleId...>: delete articles, their claims, and whatever they alone supported.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { ensureNeo4j } from '../../db/index.js';
import { createGraphClient } from '../../graph/neo4j-client.js';
import { removeArticle } from '../../graph/write/index.js';
import { createLogger } from '../../logger.js';

export const summary = 'remove articles by id, with their claims; edges and entities left without support go';

const help = `usage: newsgraph remove <articleId...> [--json]

Removes each article, its assertions and mentions, and recomputes the edges they supported;
edges and companies or products that nothing supports any more are deleted.
Exit code 1 when an id was not found.`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length === 0) {
    console.log(help);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const neo4j = await ensureNeo4j(config, logger);
  const client = createGraphClient(neo4j.connection, { logger, txTimeoutMs: config.neo4j.txTimeoutMs });
  try {
    await client.applySchema();
    const removed: string[] = [];
    const missing: string[] = [];
    for (const id of positionals) ((await removeArticle(client, id)) ? removed : missing).push(id);
    if (values.json) console.log(JSON.stringify({ removed, missing }));
    else {
      for (const id of removed) console.log(`removed ${id}`);
      for (const id of missing) console.error(`newsgraph remove: no article with id "${id}"`);
    }
    return missing.length > 0 ? 1 : 0;
  } finally {
    await client.close();
    await neo4j.stop();
  }
}
