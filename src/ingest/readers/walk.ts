import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ReadError } from './types.js';

// Paths → the files to read, without ever blocking or stopping: folders recursively in name order
// (hidden entries and unknown extensions skipped), symbolic links followed, each folder read once
// (a link back to a folder being read, `ln -s .. sub/loop`, is reported), and anything that cannot be
// read (no permission, a FIFO or device that would block, a broken link) is one error naming it.

export const EXTENSIONS = ['.jsonl', '.ndjson', '.json', '.txt', '.md', '.markdown', '.html', '.htm'] as const;

export const isKnownFile = (path: string) => (EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/** A regular file to read, with its size when listed. */
export interface FileEntry {
  path: string;
  size: number;
}

export async function* walkPaths(paths: string[]): AsyncGenerator<FileEntry | ReadError> {
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await statOf(path);
    if (info instanceof ReadError) yield info;
    else if (info.isDirectory()) yield* walkFolder(path, seen, []);
    else if (!isKnownFile(path)) yield new ReadError(path, `unsupported file type "${extname(path) || '(none)'}" (expected ${EXTENSIONS.join(', ')})`);
    else yield fileOrError(path, info);
  }
}

async function* walkFolder(dir: string, seen: Set<string>, ancestors: string[]): AsyncGenerator<FileEntry | ReadError> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    names = (await readdir(dir)).sort((a, b) => a.localeCompare(b));
  } catch (error) {
    yield new ReadError(dir, `cannot read folder: ${reasonOf(error)}`);
    return;
  }
  if (ancestors.includes(real)) {
    yield new ReadError(dir, `folder loop: leads back to ${real}, not read again`);
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const info = await statOf(full);
    if (info instanceof ReadError) {
      if (isKnownFile(name)) yield info;
    } else if (info.isDirectory()) yield* walkFolder(full, seen, [...ancestors, real]);
    else if (isKnownFile(name)) yield fileOrError(full, info);
  }
}

function fileOrError(path: string, info: Stats): FileEntry | ReadError {
  if (info.isFile()) return { path, size: info.size };
  const kind = info.isFIFO() ? 'a FIFO' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a file';
  return new ReadError(path, `not a regular file (${kind}), not read`);
}

async function statOf(path: string): Promise<Stats | ReadError> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return new ReadError(path, 'no such file or folder');
    if (code === 'ELOOP') return new ReadError(path, 'symbolic link loop');
    return new ReadError(path, `cannot read: ${reasonOf(error)}`);
  }
}

export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  return e.message ?? String(error);
}
