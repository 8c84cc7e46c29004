import { readdirSync, readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import { connectionType } from './connection.js';
import type { ApiContext } from './context.js';
import { requireWriteToken } from './guard.js';
import { addWebhook, digest, removeWebhook, unwatch, Watch, watch, watchlist, Webhook, WebhookDelivery, webhookDeliveries, webhooks } from './resolvers/alerts.js';
import { article } from './resolvers/article.js';
import { Article } from './resolvers/article-type.js';
import { articles } from './resolvers/articles.js';
import { changes } from './resolvers/changes.js';
import { companies } from './resolvers/companies.js';
import { company } from './resolvers/company.js';
import { Company } from './resolvers/company-type.js';
import { addAlias, mergeCompanies, removeAlias } from './resolvers/curation.js';
import { Entity } from './resolvers/entity-type.js';
import { addFeed, Feed, FeedItem, feeds, removeFeed } from './resolvers/feeds.js';
import { ingestArticles } from './resolvers/ingest-articles.js';
import { neighborhood } from './resolvers/neighborhood.js';
import { path } from './resolvers/path.js';
import { product } from './resolvers/product.js';
import { Product } from './resolvers/product-type.js';
import { products } from './resolvers/products.js';
import { relationship } from './resolvers/relationship.js';
import { confidence, Period, Relationship } from './resolvers/relationship-type.js';
import { relationships } from './resolvers/relationships.js';
import { removeArticle } from './resolvers/remove-article.js';
import { stats } from './resolvers/stats.js';
import { relationshipDiscovered } from './resolvers/subscription.js';
import { supplyChain } from './resolvers/supply-chain.js';
import { DateTime, JSONScalar } from './scalars.js';

// Schema first: the SDL in schema/*.graphql (one file per area) is the contract; resolvers mirror it.
const schemaDir = new URL('../../schema/', import.meta.url);

export function readTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(new URL(f, schemaDir), 'utf8'));
}

export function createApiSchema() {
  return createSchema<ApiContext>({
    typeDefs: readTypeDefs(),
    resolvers: {
      DateTime,
      JSON: JSONScalar,
      Query: {
        company, companies, product, products, relationship, relationships, changes,
        article, articles, neighborhood, path, supplyChain, stats,
        feeds, watchlist, webhooks, webhookDeliveries, digest,
      },
      Mutation: requireWriteToken({
        ingestArticles, removeArticle, mergeCompanies, addAlias, removeAlias,
        addFeed, removeFeed, watch, unwatch, addWebhook, removeWebhook,
      }),
      Subscription: { relationshipDiscovered },
      Article,
      ArticleConnection: connectionType,
      CompanyConnection: connectionType,
      ProductConnection: connectionType,
      RelationshipConnection: connectionType,
      Entity,
      Company,
      Product,
      Relationship,
      GraphEdge: { confidence },
      Period,
      Feed,
      FeedItem,
      Watch,
      Webhook,
      WebhookDelivery,
    },
  });
}
