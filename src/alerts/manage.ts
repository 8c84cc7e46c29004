import { InvalidInputError, NotFoundError } from '../errors.js';
import { checkedUrl } from '../feeds/manage.js';
import { addWatch } from '../graph/alerts/watches.js';
import { addWebhook, type WebhookView } from '../graph/alerts/webhooks.js';
import { getEntities } from '../graph/read/entities.js';
import type { GraphClient } from '../graph/neo4j-client.js';

// Watches and webhooks as the CLI and the API add them: companies must exist, the URL must pass the guard,
// and the secret must be long enough to sign with.

export const MIN_SECRET_LENGTH = 16;

export async function watchCompany(client: GraphClient, companyId: string): Promise<{ id: string; name: string }> {
  const company = await addWatch(client, companyId);
  if (!company) throw new NotFoundError(`No company with id "${companyId}"`);
  return company;
}

export async function createWebhook(
  client: GraphClient,
  input: { url: string; secret: string; companies?: readonly string[] | null },
  allowPrivate: boolean,
): Promise<WebhookView> {
  if (input.secret.length < MIN_SECRET_LENGTH) {
    throw new InvalidInputError(`secret: at least ${MIN_SECRET_LENGTH} characters (it signs every delivery; e.g. \`openssl rand -hex 32\`)`);
  }
  const url = await checkedUrl(input.url, allowPrivate);
  const companies = [...new Set(input.companies ?? [])];
  const found = await getEntities(client, 'COMPANY', companies);
  const missing = companies.filter((id) => !found.has(id));
  if (missing.length > 0) throw new NotFoundError(`No company with id ${missing.map((m) => `"${m}"`).join(', ')}`);
  return addWebhook(client, url, input.secret, companies);
}
