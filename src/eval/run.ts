// Runs an extractor over a corpus and scores it. The extractor is passed in (the CLI wires the
// real one), so the scorer stays free of NLP and tests can feed it fixed predictions.
import type { Article, Extraction } from '../extract/types.js';
import type { Corpus } from './corpus.js';
import { toPrediction } from './prediction.js';
import type { PredictionLine } from './schema.js';
import { aggregate, emptyPrediction, scoreArticle, type CorpusScore } from './score.js';

export interface ExtractionFailure {
  id: string;
  message: string;
}

export function predictCorpus(
  corpus: Corpus,
  extract: (article: Article) => Extraction,
  onProgress: (done: number, total: number) => void = () => {},
): { predictions: Map<string, PredictionLine>; failures: ExtractionFailure[] } {
  const predictions = new Map<string, PredictionLine>();
  const failures: ExtractionFailure[] = [];
  corpus.articles.forEach((article, i) => {
    try {
      predictions.set(article.id, toPrediction(extract(article)));
    } catch (error) {
      failures.push({ id: article.id, message: error instanceof Error ? error.message : String(error) });
    }
    onProgress(i + 1, corpus.articles.length);
  });
  return { predictions, failures };
}

/** Articles without a prediction count as predicting nothing. */
export function scoreCorpus(corpus: Corpus, predictions: ReadonlyMap<string, PredictionLine>): CorpusScore {
  return aggregate(
    corpus.articles.map((a) => scoreArticle(predictions.get(a.id) ?? emptyPrediction(a.id), corpus.gold.get(a.id)!)),
  );
}
