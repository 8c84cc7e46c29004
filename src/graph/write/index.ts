export { aliasKey, slugOf } from './alias-key.js';
export { addAlias, type CurationResult, mergeCompanies, removeAlias } from './curation.js';
export { type ArticleRecord, type ArticleWrite, type ArticleWriteResult, type BatchWriteResult, writeArticles } from './ingest-batch.js';
export type { Fingerprint, SameStory } from './copies.js';
export { removeArticle } from './remove-article.js';
export type { EdgePair, EntityLabel, RelationType } from './types.js';
export { hasArticles, isCurrent, type StoredArticle, storedHashes } from './stored-hashes.js';
