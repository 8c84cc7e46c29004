export { EXTENSIONS, readInputs, type ReadOptions } from './files.js';
export { MAX_ARTICLE_BYTES } from './limits.js';
export { readHtml } from './html.js';
export { readJson } from './json.js';
export { readJsonl } from './jsonl.js';
export { readText } from './text.js';
export { isReadError, type ReadArticle, ReadError, type ReadItem } from './types.js';
