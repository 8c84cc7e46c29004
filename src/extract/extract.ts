// extract(article): pure and synchronous. The gazetteer is read once, at module load.
import type { Article, Extraction } from './types.js';
import type { Gazetteer } from './gazetteer.js';
import { loadDefaultGazetteer } from './gazetteer-files.js';
import { runPipeline } from './pipeline.js';

const defaultGazetteer = loadDefaultGazetteer();

const empty = (article: Article): Extraction => ({ articleId: String(article?.id ?? ''), text: '', companies: [], products: [], relations: [] });

/** An extractor over a given gazetteer (tests use a small one). Never throws. */
export function createExtractor(g: Gazetteer): (article: Article) => Extraction {
  return (article) => {
    try {
      return runPipeline(article, g);
    } catch {
      return empty(article);
    }
  };
}

export const extract: (article: Article) => Extraction = createExtractor(defaultGazetteer);
