import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeText } from './decode.js';
import { readHtml } from './html.js';
import { readJson } from './json.js';
import { readJsonl } from './jsonl.js';
import { MAX_ARTICLE_BYTES, tooLarge } from './limits.js';
import { readText } from './text.js';
import { ReadError, type ReadItem } from './types.js';

// Paths → articles: files by extension, folders recursively (in name order, unknown extensions skipped),
// "-" for stdin (JSONL, JSON or text, told apart by the first character).

export const EXTENSIONS = ['.jsonl', '.ndjson', '.json', '.txt', '.md', '.markdown', '.html', '.htm'] as const;

type Format = 'jsonl' | 'json' | 'text' | 'html';

function formatOf(path: string): Format | undefined {
  switch (extname(path).toLowerCase()) {
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.json':
      return 'json';
    case '.txt':
    case '.md':
    case '.markdown':
      return 'text';
    case '.html':
    case '.htm':
      return 'html';
    default:
      return undefined;
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
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield new ReadError(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message);
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listFolder(path)) yield* readFile(file, file);
    } else if (!formatOf(path)) {
      yield new ReadError(path, `unsupported file type "${extname(path) || '(none)'}" (expected ${EXTENSIONS.join(', ')})`);
    } else {
      yield* readFile(path, path);
    }
  }
}

async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFolder(full)));
    else if (e.isFile() && formatOf(e.name)) out.push(full);
  }
  return out;
}

async function* readFile(path: string, name: string): AsyncGenerator<ReadItem> {
  const format = formatOf(path)!;
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
    yield new ReadError(name, `cannot read: ${(error as Error).message}`);
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
