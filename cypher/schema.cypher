// Schema DDL, applied at start-up by applySchema(). Every statement is idempotent (IF NOT EXISTS).
// Unlike the other files this one holds several statements, separated by semicolons.
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (c:Company) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (p:Product) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT assertion_id IF NOT EXISTS FOR (s:Assertion) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE;
CREATE INDEX company_name IF NOT EXISTS FOR (c:Company) ON (c.name);
CREATE INDEX product_name IF NOT EXISTS FOR (p:Product) ON (p.name);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
// SimHash bands as nodes, (:Article)-[:IN_BAND]->(:SimBand {key: "0:ab"}): the near-duplicate lookup seeks them here.
CREATE CONSTRAINT sim_band_key IF NOT EXISTS FOR (b:SimBand) REQUIRE b.key IS UNIQUE;
// One full-text index per label: a search for companies must rank company hits only (see search-entities).
CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (c:Company) ON EACH [c.name, c.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
CREATE FULLTEXT INDEX product_names IF NOT EXISTS FOR (p:Product) ON EACH [p.name, p.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
// The earlier index over both labels, replaced by the two above.
DROP INDEX entity_names IF EXISTS;
CREATE INDEX supplies_updated IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.updatedAt);
CREATE INDEX competes_updated IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() ON (r.updatedAt);
CREATE INDEX offers_updated IF NOT EXISTS FOR ()-[r:OFFERS]-() ON (r.updatedAt);
// Following the news: feeds with their state, the items seen, watches, webhooks and their deliveries.
CREATE CONSTRAINT feed_url IF NOT EXISTS FOR (f:Feed) REQUIRE f.url IS UNIQUE;
CREATE INDEX feed_next_fetch IF NOT EXISTS FOR (f:Feed) ON (f.nextFetchAt);
CREATE CONSTRAINT feed_item_key IF NOT EXISTS FOR (i:FeedItem) REQUIRE i.key IS UNIQUE;
CREATE CONSTRAINT watch_company IF NOT EXISTS FOR (w:Watch) REQUIRE w.companyId IS UNIQUE;
CREATE CONSTRAINT webhook_id IF NOT EXISTS FOR (w:Webhook) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (d:WebhookDelivery) REQUIRE d.id IS UNIQUE;
CREATE INDEX webhook_delivery_due IF NOT EXISTS FOR (d:WebhookDelivery) ON (d.status, d.nextAttemptAt);
CREATE CONSTRAINT alert_cursor_id IF NOT EXISTS FOR (c:AlertCursor) REQUIRE c.id IS UNIQUE;
