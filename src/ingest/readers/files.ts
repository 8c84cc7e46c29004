import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode.js';
import { readHtml } from './html.js';
import { readJson } from './json.js';
import { readJsonl } from './jsonl.js';
import { MAX_ARTICLE_BYTES, tooLarge } from './limits.js';
import { readText } from './text.js';
import { isReadError, ReadError, type ReadItem } from './types.js';
import { reasonOf, walkPaths } from './walk.js';

// Paths → articles: files by extension, folders recursively (walk.ts), "-" for stdin (JSONL, JSON or
// text, told apart by the first character).

export { EXTENSIONS } from './walk.js';

type Format = 'jsonl' | 'json' | 'text' | 'html';

function formatOf(path: string): Format {
  switch (extname(path).toLowerCase()) {
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.json':
      return 'json';
    case '.html':
    case '.htm':
      return 'html';
    default:
      return 'text';
  }
}

export interface ReadOptions {
  /** Bytes of standard input, for "-". */
  stdin?: AsyncIterable<Uint8Array>;
}

export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options.stdin ?? (process.stdin as AsyncIterable<Uint8Array>));
      continue;
    }
    for await (const entry of walkPaths([path])) {
      if (isReadError(entry)) yield entry;
      else yield* readFile(entry.path, entry.path);
    }
  }
}

async function* readFile(path: string, name: string): AsyncGenerator<ReadItem> {
  const format = formatOf(path);
  try {
    if (format === 'jsonl') {
      yield* readJsonl(createReadStream(path, { highWaterMark: 1 << 20 }), name);
      return;
    }
    const size = (await stat(path)).size;
    if (size > MAX_ARTICLE_BYTES) {
      yield new ReadError(name, `file of ${tooLarge(size)}; split it or use .jsonl`);
      return;
    }
    const handle = await open(path);
    let bytes: Buffer;
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    yield* parseWhole(bytes, format, name);
  } catch (error) {
    yield new ReadError(name, `cannot read: ${reasonOf(error)}`);
  }
}

function* parseWhole(bytes: Uint8Array, format: Exclude<Format, 'jsonl'>, name: string): Generator<ReadItem> {
  if (bytes.length === 0) {
    yield new ReadError(name, 'empty file');
    return;
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) {
    yield new ReadError(name, decoded.error);
    return;
  }
  if (format === 'json') yield* readJson(decoded.text, name);
  else if (format === 'html') yield* readHtml(decoded.text, name);
  else yield* readText(decoded.text, name);
}

async function* readStdin(stdin: AsyncIterable<Uint8Array>): AsyncGenerator<ReadItem> {
  // Peek at the first non-blank byte to choose the format, keeping the chunks read so far.
  const iterator = stdin[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let first: number | undefined;
  while (first === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    first = next.value.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  }
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value;
    },
  };
  if (first === undefined) {
    yield new ReadError('stdin', 'empty input');
  } else if (first === 0x7b /* { */) {
    yield* readJsonl(rest, 'stdin');
  } else {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const c of rest) {
      size += c.length;
      if (size > MAX_ARTICLE_BYTES) {
        yield new ReadError('stdin', `input of ${tooLarge(size)}; use one article a line (JSONL)`);
        return;
      }
      chunks.push(c);
    }
    const bytes = Buffer.concat(chunks);
    const text = new TextDecoder().decode(bytes.subarray(0, 200)).trimStart();
    yield* parseWhole(bytes, first === 0x5b /* [ */ ? 'json' : text.startsWith('<') ? 'html' : 'text', 'stdin');
  }
}
