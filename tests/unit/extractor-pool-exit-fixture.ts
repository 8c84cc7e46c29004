import type { Article, Extraction } from '../../src/extract/types.js';

// An extractor module whose worker thread ends without an 'error' event (as a native crash or a stray
// process.exit() in a dependency would).
export function extract(article: Article): Extraction {
  if (article.id === 'exit') process.exit(3);
  return { articleId: article.id, text: article.text, companies: [], products: [], relations: [] };
}
