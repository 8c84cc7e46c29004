import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Alerter, createAlerter } from '../../src/alerts/alerter.js';
import { digestMarkdown, buildDigest } from '../../src/alerts/digest.js';
import { createWebhook, watchCompany } from '../../src/alerts/manage.js';
import { verifySignature } from '../../src/alerts/signature.js';
import { freePort } from '../../src/db/index.js';
import { listDeliveries } from '../../src/graph/alerts/webhooks.js';
import type { GraphClient } from '../../src/graph/neo4j-client.js';
import { ingestArticles } from '../../src/ingest/pipeline.js';
import { silentLogger } from '../../src/logger.js';
import { bearer, gql, testApp } from './api-helpers.js';
import { testClient, wipe } from './helpers.js';

// Webhook alerts against the real Neo4j and a local receiver that fails each event's first two deliveries.
// Retries are 50 ms apart here (retryBaseMs) instead of 30 s.

const SECRET = 'test-secret-of-32-characters-xyz';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

let client: GraphClient;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let alerter: Alerter;

const story = (id: string, text: string, publishedAt = '2026-12-01T08:00:00Z') => ({
  id, text, url: `https://news.invalid/${id}`, title: id, source: 'Test Wire', publishedAt,
});

const companyId = async (name: string) =>
  (await client.runText<{ id: string }>('MATCH (c:Company {name: $name}) RETURN c.id AS id', { name }))[0]!.id;

/** Runs the alerter until `done` holds (deliveries are retried 50 ms, 100 ms, … apart). */
async function runUntil(done: () => boolean, limitMs = 15_000) {
  const end = Date.now() + limitMs;
  while (!done() && Date.now() < end) {
    await alerter.runOnce();
    await new Promise((r) => setTimeout(r, 40));
  }
}

const successes = (path = '/hooks/newsgraph') => received.filter((r) => r.answered === 204 && r.path === path);
const toWatchlistHook = () => received.filter((r) => r.path === '/hooks/newsgraph');

beforeAll(async () => {
  client = testClient();
  await client.applySchema();
  await wipe(client);
  const attemptsByEvent = new Map<string, number>();
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const event = String(req.headers['x-newsgraph-event']);
      const n = (attemptsByEvent.get(event) ?? 0) + 1;
      attemptsByEvent.set(event, n);
      const answered = n <= 2 ? 500 : 204;
      received.push({ path: req.url ?? '', headers: req.headers, body, answered });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/newsgraph`;
  alerter = createAlerter({ client, logger: silentLogger, allowPrivate: true, retryBaseMs: 50, tickMs: 60_000 });
});
afterAll(async () => {
  await alerter.close();
  await new Promise((resolve) => receiver.close(resolve));
  await client.close();
});

describe('webhook alerts', () => {
  it('delivers each change touching a watched company once, signed, after two failed attempts', async () => {
    const hook = await createWebhook(client, { url: receiverUrl, secret: SECRET }, true);
    await alerter.runOnce(); // with the first webhook the cursor starts: older changes are history
    await ingestArticles(client, [
      story('tiles', 'Harrowgate Ceramics will supply insulating tiles to Velmora Rail under a three-year contract. Harrowgate Ceramics competes with Quillon Materials in the market for heat-resistant tiles.'),
      story('other', 'Brackenfield Glass will supply furnace linings to Dunmore Steel under a new contract announced on Friday.'),
    ], { workers: 0 });
    await watchCompany(client, await companyId('Harrowgate Ceramics'));
    // For one company that is not watched: it hears of that company's changes only, the watchlist hook never.
    await createWebhook(client, { url: `${receiverUrl}/dunmore`, secret: SECRET, companies: [await companyId('Dunmore Steel')] }, true);

    await runUntil(() => successes().length >= 2 && successes('/hooks/newsgraph/dunmore').length >= 1);
    expect(successes()).toHaveLength(2);
    expect(toWatchlistHook()).toHaveLength(6);
    expect(received.every((r) => r.headers['content-type'] === 'application/json')).toBe(true);
    expect(toWatchlistHook().some((r) => r.body.includes('Dunmore'))).toBe(false);
    const [dunmore] = successes('/hooks/newsgraph/dunmore').map((r) => JSON.parse(r.body));
    expect(dunmore).toMatchObject({ change: 'NEW', relationship: { type: 'SUPPLIES', source: { name: 'Brackenfield Glass' }, target: { name: 'Dunmore Steel' } } });
    expect(successes('/hooks/newsgraph/dunmore')).toHaveLength(1);

    const events = successes().map((r) => JSON.parse(r.body));
    const described = events.map((e) => `${e.change} ${e.relationship.type} ${[e.relationship.source.name, e.relationship.target.name].sort().join(' + ')}`);
    expect(described.sort()).toEqual(['NEW COMPETES_WITH Harrowgate Ceramics + Quillon Materials', 'NEW SUPPLIES Harrowgate Ceramics + Velmora Rail']);
    for (const r of successes()) {
      expect(verifySignature(SECRET, r.body, r.headers['x-newsgraph-signature'] as string)).toBe(true);
      expect(r.headers['x-newsgraph-event']).toBe(JSON.parse(r.body).id);
    }
    // The retries carried the same event id and the same signed body.
    const ids = new Set(toWatchlistHook().map((r) => r.headers['x-newsgraph-event']));
    expect(ids.size).toBe(2);
    expect(verifySignature('another-secret-entirely-1234567', received[0]!.body, received[0]!.headers['x-newsgraph-signature'] as string)).toBe(false);

    const log = await listDeliveries(client, { webhookId: hook.id }, 10);
    expect(log).toHaveLength(2);
    for (const d of log) expect(d).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
  }, 180_000); // the first ingest loads the extraction model

  it('sends nothing again on later passes', async () => {
    const before = received.length;
    await alerter.runOnce();
    await new Promise((r) => setTimeout(r, 200));
    await alerter.runOnce();
    expect(received.length).toBe(before);
  });

  it('alerts a strengthened relationship as STRENGTHENED', async () => {
    const before = successes().length;
    await ingestArticles(client, [story('tiles-2', 'Velmora Rail said Harrowgate Ceramics will supply insulating tiles to Velmora Rail for a second train order.', '2026-12-04T08:00:00Z')], { workers: 0 });
    await runUntil(() => successes().length > before);
    const last = JSON.parse(successes().at(-1)!.body);
    expect(last).toMatchObject({ change: 'STRENGTHENED', relationship: { type: 'SUPPLIES', evidenceCount: 2 } });
    expect(successes().length).toBe(before + 1);
  });
});

describe('digest and the GraphQL API', () => {
  it('lists per company what appeared or strengthened, with the best evidence', async () => {
    const since = '2020-01-01T00:00:00Z';
    const harrowgate = await companyId('Harrowgate Ceramics');
    const digest = await buildDigest(client, since, [harrowgate]);
    expect(digest.scope).toBe('given');
    expect(digest.companies).toHaveLength(1);
    const changes = digest.companies[0]!.changes;
    expect(changes.map((c) => `${c.change} ${c.relationship.type}`).sort()).toEqual(['NEW COMPETES_WITH', 'NEW SUPPLIES']);
    const supplies = changes.find((c) => c.relationship.type === 'SUPPLIES')!;
    expect(supplies.evidence?.sentence).toMatch(/will supply .* tiles to Velmora Rail/);
    // Since a moment after the first story, the supply edge only strengthened.
    const later = await buildDigest(client, '2026-12-02T00:00:00Z', null);
    expect(later.scope).toBe('watchlist');
    const md = digestMarkdown(await buildDigest(client, since, null));
    expect(md).toContain('## Harrowgate Ceramics');
    expect(md).toMatch(/\*\*NEW\*\* Harrowgate Ceramics supplies Velmora Rail/);
  });

  it('serves feeds, watchlist, webhooks, deliveries and the digest, and refuses private addresses', async () => {
    const app = testApp(client);
    const auth = bearer('test-api-token');
    try {
      const refused = await gql(app, 'mutation { addFeed(url: "http://127.0.0.1:8080/rss.xml") { url } }', {}, auth);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toMatch(/loopback/);
      const hook = await gql(app, 'mutation { addWebhook(url: "http://10.1.2.3/x", secret: "long-enough-secret-1234") { id } }', {}, auth);
      expect(hook.errors?.[0]?.message).toMatch(/private/);
      const unauthorised = await gql(app, 'mutation { watch(companyId: "x") { companyId } }');
      expect(unauthorised.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const missing = await gql(app, 'mutation { watch(companyId: "no-such-company") { companyId } }', {}, auth);
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      const quillon = await companyId('Quillon Materials');
      const watched = await gql(app, `mutation { watch(companyId: "${quillon}") { companyId company { name } } }`, {}, auth);
      expect(watched.data.watch).toEqual({ companyId: quillon, company: { name: 'Quillon Materials' } });
      const read = await gql(app, `{
        watchlist { company { name } }
        webhooks { url companies deliveries(first: 5) { status attempts change relationshipId eventId } }
        webhookDeliveries(status: DELIVERED) { status }
        feeds { url }
        digest(since: "2020-01-01", companies: ["${quillon}"]) {
          scope companies { company { name } changes { change relationship { type source { name } target { name } } evidence { sentence article { id } } } }
        }
      }`);
      expect(read.errors).toBeUndefined();
      expect(read.data.watchlist.map((w: { company: { name: string } }) => w.company.name).sort()).toEqual(['Harrowgate Ceramics', 'Quillon Materials']);
      expect(read.data.webhooks[0]).toMatchObject({ url: receiverUrl, companies: [] });
      expect(read.data.webhooks[0].deliveries[0]).toMatchObject({ status: 'DELIVERED', attempts: 3 });
      expect(JSON.stringify(read.data.webhooks)).not.toContain(SECRET);
      expect(read.data.webhookDeliveries.length).toBeGreaterThanOrEqual(3);
      expect(read.data.digest.companies[0].company.name).toBe('Quillon Materials');
      expect(read.data.digest.companies[0].changes[0]).toMatchObject({ change: 'NEW', relationship: { type: 'COMPETES_WITH' }, evidence: { article: { id: 'tiles' } } });
    } finally {
      await app.dispose();
    }
  });
});

describe('a webhook without its secret', () => {
  it('is sent nothing, and each attempt says why (as after loading a dump made without --with-secrets)', async () => {
    const hook = await createWebhook(client, { url: `${receiverUrl}/no-secret`, secret: SECRET }, true);
    await client.runText('MATCH (w:Webhook {id: $id}) REMOVE w.secret', { id: hook.id });
    await ingestArticles(client, [story('tiles-4', 'Harrowgate Ceramics will supply wall tiles to Velmora Rail under a third contract announced on Monday.', '2026-12-06T08:00:00Z')], { workers: 0 });
    await alerter.runOnce();
    const [delivery] = await listDeliveries(client, { webhookId: hook.id }, 10);
    expect(delivery).toMatchObject({ status: 'PENDING', lastStatusCode: null, deliveredAt: null });
    expect(delivery!.lastError).toMatch(/the webhook has no secret .*--with-secrets/);
    expect(received.filter((r) => r.path.endsWith('/no-secret'))).toEqual([]);
  });
});

describe('a receiver that keeps failing', () => {
  it('is given up on, and the log says why', async () => {
    // Alone on a fresh database, so no other alerter holds the cursor or takes the delivery: this one gives up 100 ms
    // after the event. The port was just free, so the connection is refused at once.
    await wipe(client);
    const dead = createAlerter({ client, logger: silentLogger, allowPrivate: true, retryBaseMs: 20, retryForMs: 100, tickMs: 60_000 });
    try {
      await ingestArticles(client, [story('pumps', 'Ostrevik Pumps will supply pressure valves to Kelden Water under a contract announced on Friday.', '2026-12-05T08:00:00Z')], { workers: 0 });
      const unreachable = await createWebhook(client, { url: `http://127.0.0.1:${await freePort()}/unreachable`, secret: SECRET, companies: [await companyId('Kelden Water')] }, true);
      await dead.runOnce(); // the cursor starts here: the story above is history
      await ingestArticles(client, [story('pumps-2', 'Brenmoor Filters will supply water filters to Kelden Water under a contract announced on Monday.', '2026-12-06T08:00:00Z')], { workers: 0 });
      const end = Date.now() + 20_000;
      let failed: Awaited<ReturnType<typeof listDeliveries>> = [];
      while (Date.now() < end && failed.length === 0) {
        await dead.runOnce();
        failed = await listDeliveries(client, { status: 'FAILED' }, 10);
        await new Promise((r) => setTimeout(r, 30));
      }
      expect(failed.map((d) => d.webhookId)).toEqual([unreachable.id]);
      expect(failed[0]!.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    } finally {
      await dead.close();
    }
  });
});
