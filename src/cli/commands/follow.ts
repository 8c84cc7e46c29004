// newsgraph follow [--once]: poll the followed feeds and send webhook alerts, in the foreground (or once, for cron).
import { parseCommand } from '../args.js';
import { createFollowing } from '../following.js';
import { userCompanies } from '../user-gazetteer.js';
import { withGraph } from '../with-graph.js';

export const summary = 'poll the followed feeds and send webhook alerts until Ctrl-C (--once: one pass, for cron)';

const help = `usage: newsgraph follow [--once] [--json]

  Polls every feed that is due (see newsgraph feeds), ingests the new articles, then sends the webhook
  alerts for the relationship changes. Without --once it keeps going until Ctrl-C; \`newsgraph serve\`
  and \`start\` do the same in the background. Several followers may run: a lease in Neo4j gives each
  feed to one of them. --json prints each pass's results as JSON.
  Exit code of --once: 0, or 1 when a feed failed (its error is kept in \`newsgraph feeds list\`).`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('follow', help, args, { once: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  return withGraph(async ({ client, config, logger }) => {
    const following = createFollowing(client, config, logger, { userCompanies: userCompanies(config), inServer: false });
    const pass = async () => {
      const feeds = await following.poller.pollDue();
      const alerts = await following.alerter.runOnce();
      if (values.json) console.log(JSON.stringify({ feeds, alerts }));
      else {
        for (const f of feeds) {
          console.log(f.status === 'error' ? `${f.url}: failed: ${f.error}` : `${f.url}: ${f.status}, ${f.ingested} new article(s), ${f.duplicates} duplicate(s), ${f.failed} unreadable`);
        }
        if (alerts.attempted > 0) console.log(`webhooks: ${alerts.delivered} of ${alerts.attempted} deliveries went through`);
      }
      return feeds.some((f) => f.status === 'error') ? 1 : 0;
    };
    if (values.once) return pass();
    logger.info('following the feeds (Ctrl-C stops)');
    await pass();
    following.start();
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await following.close();
    return 0;
  });
}
