// newsgraph webhooks add|list|remove|deliveries: where alerts about watched companies are POSTed.
import { createWebhook } from '../../alerts/manage.js';
import { listDeliveries, listWebhooks, removeWebhook } from '../../graph/alerts/webhooks.js';
import { parseCommand, usageError } from '../args.js';
import { resolveCompany } from '../company-ref.js';
import { withGraph } from '../with-graph.js';

export const summary = 'webhooks add <url> --secret S [--company X] | list | remove <id> | deliveries [<id>]: alert receivers';

const help = `usage: newsgraph webhooks add <url> --secret <secret> [--company <id or name>]...
       newsgraph webhooks list | remove <id> | deliveries [<id>] [--json]

  add         POST each new, strengthened, ended or re-opened relationship of the given companies (none given: of the
              watched companies, see newsgraph watch) to <url> as JSON, signed: X-Newsgraph-Signature:
              sha256=<HMAC-SHA256 of the body under the secret>; X-Newsgraph-Event carries the event id.
              Failed deliveries are retried with exponential backoff for a day.
  list        the webhooks (never their secrets)
  remove      a webhook and its delivery log
  deliveries  the latest deliveries: status, attempts, last error`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('webhooks', help, args, {
    secret: { type: 'string' },
    company: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [sub, arg, ...extra] = positionals;
  if (extra.length > 0 || !['add', 'list', 'remove', 'deliveries'].includes(sub ?? '')) return usageError('webhooks', 'expects add, list, remove or deliveries', help);
  if ((sub === 'add' || sub === 'remove') && !arg) return usageError('webhooks', `${sub} needs ${sub === 'add' ? 'a URL' : 'a webhook id'}`, help);
  if (sub === 'add' && !values.secret) return usageError('webhooks', 'add needs --secret', help);
  const print = (value: unknown, text: () => void) => (values.json ? console.log(JSON.stringify(value, null, 2)) : text());
  return withGraph(async ({ client, config }) => {
    if (sub === 'add') {
      const companies = [];
      for (const ref of values.company ?? []) companies.push((await resolveCompany(client, ref)).id);
      const hook = await createWebhook(client, { url: arg!, secret: values.secret!, companies }, config.feeds.allowPrivateUrls);
      print(hook, () => console.log(`webhook ${hook.id} → ${hook.url} (${hook.companies.length > 0 ? hook.companies.join(', ') : 'the watchlist'})`));
      return 0;
    }
    if (sub === 'remove') {
      if (await removeWebhook(client, arg!)) return (console.log(`removed webhook ${arg}`), 0);
      console.error(`newsgraph webhooks: no webhook "${arg}"`);
      return 1;
    }
    if (sub === 'list') {
      const hooks = await listWebhooks(client);
      print(hooks, () => hooks.forEach((h) => console.log(`${h.id}\t${h.url}\t${h.companies.length > 0 ? h.companies.join(',') : '(watchlist)'}`)));
      return 0;
    }
    const deliveries = await listDeliveries(client, { webhookId: arg ?? null }, 50);
    print(deliveries, () =>
      deliveries.forEach((d) => console.log(`${d.createdAt} ${d.status.padEnd(9)} ${d.attempts} attempt(s) ${d.change} ${d.edgeId}${d.lastError ? `: ${d.lastError}` : ''}`)),
    );
    return 0;
  });
}
