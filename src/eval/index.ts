export { normaliseName } from './normalise.js';
export { parseJsonl, parseLine, formatLineError, type LineError, type ParsedLine } from './jsonl.js';
export { articleLine, goldLine, predictionLine, type ArticleLine, type GoldLine, type PredictionLine } from './schema.js';
export { loadCorpus, loadPredictions, type Corpus } from './corpus.js';
export { goldLookup, matchEntities, type GoldEntity } from './match.js';
export { prf, categories, type Category, type Counts, type Prf } from './metrics.js';
export {
  scoreArticle,
  aggregate,
  worstArticles,
  emptyPrediction,
  type ArticleScore,
  type CorpusScore,
  type RelationRecord,
} from './score.js';
export { toPrediction, type Prediction, type PredictedRelation } from './prediction.js';
export { formatReport, formatTable, type ReportOptions } from './report.js';
export { predictCorpus, scoreCorpus, type ExtractionFailure } from './run.js';
