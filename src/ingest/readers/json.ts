import { toArticle } from './schema.js';
import { ReadError, type ReadItem } from './types.js';

// One article object, or an array of them; each element is checked on its own ("file.json[3]").

export function* readJson(text: string, name: string): Generator<ReadItem> {
  if (text.trim() === '') {
    yield new ReadError(name, 'empty file: no articles');
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield new ReadError(name, `malformed JSON (${(error as Error).message})`);
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) yield new ReadError(name, 'empty array: no articles');
  for (const [i, item] of items.entries()) {
    const where = Array.isArray(value) ? `${name}[${i}]` : name;
    const article = toArticle(item, where);
    yield 'error' in article ? new ReadError(where, article.error) : article;
  }
}
