import { toArticle } from './schema.js';
import { ReadError, type ReadItem } from './types.js';

// Plain text and Markdown: the first non-blank line is the title ("# " dropped), the rest the body.

export function* readText(text: string, name: string): Generator<ReadItem> {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1) {
    yield new ReadError(name, 'empty file: no text');
    return;
  }
  const title = lines[first]!.replace(/^#+\s*/, '').trim();
  const body = lines.slice(first + 1).join('\n').trim();
  const article = toArticle({ title, text: body === '' ? title : body }, name);
  yield 'error' in article ? new ReadError(name, article.error) : article;
}
