import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import {
  decodeProps, DUMP_FORMAT, DUMP_VERSION, EndLine, Header, NodeLine, nodeLineProblem, RelLine,
} from '../graph/dump/format.js';

// Dump files on disk (the format: src/graph/dump/format.ts). Written beside the target as <file>.partial
// and renamed when complete, so a dump that fails never leaves a file that looks whole. Read twice on
// load: once to check every line, the closing counts and the checksum, before anything is stored; then
// to store it.

/** What is wrong with a dump file, naming it and the line. */
export class DumpFileError extends Error {}

/** A line longer than this is not one a dump writes (an article's text is at most 10 MB). */
const MAX_LINE_CHARS = 64 * 1024 * 1024;

function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** The file's lines, numbered from 1, gunzipped when it is gzip. */
async function* lines(file: string): AsyncIterable<{ line: number; text: string }> {
  let input: Readable;
  try {
    input = createReadStream(file);
    if (isGzip(file)) {
      const gunzip = createGunzip();
      input.on('error', (e) => gunzip.destroy(e));
      input = input.pipe(gunzip);
    }
  } catch (error) {
    throw new DumpFileError(`${file}: ${(error as Error).message}`);
  }
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  try {
    for await (const chunk of input) {
      pending += decoder.write(chunk as Buffer);
      let at: number;
      while ((at = pending.indexOf('\n')) >= 0) {
        yield { line: ++line, text: pending.slice(0, at) };
        pending = pending.slice(at + 1);
      }
      if (pending.length > MAX_LINE_CHARS) throw new DumpFileError(`${file}, line ${line + 1}: longer than ${MAX_LINE_CHARS} characters; not a newsgraph dump`);
    }
  } catch (error) {
    if (error instanceof DumpFileError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? 'the gzip stream ends early (a truncated file)' : (error as Error).message;
    throw new DumpFileError(`${file}, after line ${line}: ${reason}`);
  }
  pending += decoder.end();
  if (pending.length > 0) yield { line: ++line, text: pending };
}

type Body = NodeLine | RelLine;

function parseBody(value: unknown): Body | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const schema = 'node' in value ? NodeLine : 'rel' in value ? RelLine : undefined;
  if (!schema) return 'neither a node ("node"), a relationship ("rel") nor the closing line ("end")';
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `not a valid ${'node' in value ? 'node' : 'relationship'} line: ${issue.path.join('.') || 'line'}: ${issue.message}`;
  }
  const body = parsed.data;
  const problem = 'node' in body ? nodeLineProblem(body) : undefined;
  if (problem) return problem;
  try {
    decodeProps(body.props, body.types);
  } catch (error) {
    return (error as Error).message;
  }
  return body;
}

export interface CheckedDump {
  header: Header;
  nodes: number;
  relationships: number;
}

/** Reads the whole file and says what is wrong with it, or what it holds. Stores nothing. */
export async function checkDump(file: string): Promise<CheckedDump> {
  const fail = (line: number, reason: string): never => {
    throw new DumpFileError(`${file}, line ${line}: ${reason}`);
  };
  let header: Header | undefined;
  let end: EndLine['end'] | undefined;
  let nodes = 0;
  let relationships = 0;
  let last = 0;
  const hash = createHash('sha256');
  for await (const { line, text } of lines(file)) {
    last = line;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      fail(line, `not JSON (${(error as Error).message})`);
    }
    if (line === 1) {
      const parsed = Header.safeParse(value);
      if (!parsed.success) fail(1, `not a newsgraph dump: the first line must be its header {"format":"${DUMP_FORMAT}", …}`);
      if (parsed.data!.version > DUMP_VERSION) fail(1, `a dump of format version ${parsed.data!.version}, from a newer newsgraph; this one reads version ${DUMP_VERSION}`);
      header = parsed.data;
      continue;
    }
    if (end) fail(line, 'a line after the closing line');
    const closing = EndLine.safeParse(value);
    if (closing.success) {
      end = closing.data.end;
      const digest = hash.digest('hex');
      if (end.nodes !== nodes || end.relationships !== relationships) {
        fail(line, `the closing line counts ${end.nodes} nodes and ${end.relationships} relationships, the file holds ${nodes} and ${relationships}`);
      }
      if (end.sha256 !== digest) fail(line, 'the checksum does not match the lines before it: the file was changed or damaged');
      continue;
    }
    const body = parseBody(value);
    if (typeof body === 'string') fail(line, body);
    if ('node' in (body as Body)) {
      if (relationships > 0) fail(line, 'a node after the relationships (a dump lists every node first)');
      nodes++;
    } else relationships++;
    hash.update(`${text}\n`);
  }
  if (!header) throw new DumpFileError(`${file}: empty, not a newsgraph dump`);
  if (!end) throw new DumpFileError(`${file}: ends after line ${last} without its closing line ({"end": …}): the file is incomplete`);
  return { header, nodes, relationships };
}

/** The node and relationship lines of a file checkDump() accepted, for loadGraph(). */
export async function* readDump(file: string): AsyncIterable<{ line: number; bytes: number; value: Body }> {
  for await (const { line, text } of lines(file)) {
    if (line === 1) continue;
    const value = JSON.parse(text) as Record<string, unknown>;
    if ('end' in value) return;
    yield { line, bytes: text.length, value: value as Body };
  }
}

/** Writes header, lines and the closing line to <file>.partial, then renames it to file. Gzip when file ends in .gz. */
export async function writeDump(
  file: string,
  header: Header,
  body: AsyncIterable<Body>,
  onLine: (counts: { nodes: number; relationships: number }) => void = () => {},
): Promise<{ nodes: number; relationships: number }> {
  const partial = `${file}.partial`;
  const output = createWriteStream(partial);
  const gzip = file.endsWith('.gz') ? createGzip() : undefined;
  if (gzip) gzip.pipe(output);
  const sink = gzip ?? output;
  const failed = new Promise<never>((_, reject) => {
    output.on('error', reject);
    gzip?.on('error', reject);
  });
  failed.catch(() => undefined);
  const write = async (text: string) => {
    if (!sink.write(text)) await Promise.race([once(sink, 'drain'), failed]);
  };
  const counts = { nodes: 0, relationships: 0 };
  try {
    await write(`${JSON.stringify(header)}\n`);
    const hash = createHash('sha256');
    for await (const value of body) {
      const text = `${JSON.stringify(value)}\n`;
      hash.update(text);
      await write(text);
      if ('node' in value) counts.nodes++;
      else counts.relationships++;
      onLine(counts);
    }
    await write(`${JSON.stringify({ end: { ...counts, sha256: hash.digest('hex') } })}\n`);
    sink.end();
    await Promise.race([once(output, 'close'), failed]);
    renameSync(partial, file);
    return counts;
  } catch (error) {
    output.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}
