// extract(article): pure and synchronous. The gazetteer and the relation model are read once, at module load.
import type { Article, Extraction } from './types.js';
import type { Gazetteer } from './gazetteer.js';
import { loadDefaultGazetteer } from './gazetteer-files.js';
import { loadDefaultModel, type RelationModel } from './model.js';
import { runPipeline } from './pipeline.js';

const defaultGazetteer = loadDefaultGazetteer();
const defaultModel = loadDefaultModel();

const empty = (article: Article): Extraction => ({ articleId: String(article?.id ?? ''), text: '', companies: [], products: [], relations: [] });

/** An extractor over a given gazetteer (tests use a small one) and relation model. Never throws. */
export function createExtractor(g: Gazetteer, model: RelationModel = defaultModel): (article: Article) => Extraction {
  return (article) => {
    try {
      return runPipeline(article, g, { model });
    } catch {
      return empty(article);
    }
  };
}

export const extract: (article: Article) => Extraction = createExtractor(defaultGazetteer);
