import { decodeText, utf16Of } from './decode.js';
import { MAX_ARTICLE_BYTES, tooLarge } from './limits.js';
import { toArticle } from './schema.js';
import { ReadError, type ReadItem } from './types.js';

// One article a line. Lines are split on bytes, so one line of invalid UTF-8 or one giant line is refused
// on its own while the lines around it go in; memory stays bounded by the line limit. A file of blank lines
// is empty.

export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<ReadItem> {
  let lineNo = 0;
  let parts: Uint8Array[] = [];
  let size = 0;
  let oversize = false;
  let items = 0;

  function* finish(): Generator<ReadItem> {
    lineNo++;
    const where = `${name}:${lineNo}`;
    if (oversize) {
      items++;
      yield new ReadError(where, `line of ${tooLarge(size)}`);
    } else {
      const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      for (const item of parseLine(bytes, where)) {
        items++;
        yield item;
      }
    }
    parts = [];
    size = 0;
    oversize = false;
  }

  for await (const chunk of asUtf8(chunks)) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, nl === -1 ? chunk.length : nl);
      size += piece.length;
      if (size > MAX_ARTICLE_BYTES) {
        oversize = true;
        parts = [];
      } else if (piece.length > 0) parts.push(piece);
      if (nl === -1) break;
      yield* finish();
      start = nl + 1;
    }
  }
  if (size > 0 || oversize) yield* finish();
  if (items === 0) yield new ReadError(name, 'empty file: no articles');
}

/** UTF-16 (told by its byte order mark) re-encoded as UTF-8, so lines split on 0x0a bytes; else as is. */
async function* asUtf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk of chunks) {
    if (first) {
      first = false;
      const utf16 = utf16Of(chunk);
      if (utf16) decoder = new TextDecoder(utf16);
    }
    yield decoder ? Buffer.from(decoder.decode(chunk, { stream: true })) : chunk;
  }
  if (decoder) yield Buffer.from(decoder.decode());
}

function* parseLine(bytes: Uint8Array, where: string): Generator<ReadItem> {
  const decoded = decodeText(bytes);
  if ('error' in decoded) {
    yield new ReadError(where, decoded.error);
    return;
  }
  const line = decoded.text.trim();
  if (line === '') return;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    yield new ReadError(where, `malformed JSON (${(error as Error).message})`);
    return;
  }
  const article = toArticle(value, where);
  yield 'error' in article ? new ReadError(where, article.error, idOf(value)) : article;
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
