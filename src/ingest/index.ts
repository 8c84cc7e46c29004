export { examplesPath, ingestExamplesIfEmpty } from './examples.js';
export { ingestArticles, type IngestOptions } from './pipeline.js';
export { articleId, contentHash, toRecord } from './prepare.js';
export { NO_STORED_TEXT, reextractArticles, type ReextractReport, type SkippedArticle } from './reextract.js';
export { formatSummary, type IngestEdge, type IngestProgress, type IngestReport, type IngestResult } from './report.js';
export { isReadError, type ReadArticle, ReadError, type ReadItem, readInputs } from './readers/index.js';
