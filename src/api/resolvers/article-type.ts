import type { ArticleView } from '../../graph/read/views.js';
import type { ApiContext } from '../context.js';

// Text and extractor are read only when asked for (a text can be long), batched over the response.
export const Article = {
  async text(a: ArticleView, _: unknown, ctx: ApiContext) {
    return (await ctx.loaders.articleText.load(a.id))?.text ?? null;
  },
  async extractor(a: ArticleView, _: unknown, ctx: ApiContext) {
    return (await ctx.loaders.articleText.load(a.id))?.extractor ?? null;
  },
  async alsoAt(a: ArticleView, _: unknown, ctx: ApiContext) {
    return (await ctx.loaders.articleText.load(a.id))?.alsoAt ?? [];
  },
};
