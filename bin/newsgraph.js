#!/usr/bin/env node
// Runs the compiled CLI when dist/ is up to date with src/ (see entry.js), else the source through tsx.
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledEntry } from './entry.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = compiledEntry(root);
if (compiled) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}
