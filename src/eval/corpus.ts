// Reads a corpus folder (articles.jsonl + gold.jsonl) and prediction files, and refuses them
// with every problem listed (file:line: reason) rather than scoring half a corpus.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '../errors.js';
import { formatLineError, parseJsonl, type LineError } from './jsonl.js';
import { articleLine, goldLine, predictionLine, type ArticleLine, type GoldLine, type PredictionLine } from './schema.js';

export interface Corpus {
  dir: string;
  /** In file order. */
  articles: ArticleLine[];
  gold: Map<string, GoldLine>;
}

const shownErrors = 20;

function fail(what: string, errors: LineError[]): never {
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const lines = errors.slice(0, shownErrors).map(formatLineError);
  if (errors.length > shownErrors) lines.push(`… and ${errors.length - shownErrors} more`);
  throw new InvalidInputError(`${what}: ${errors.length} problem(s)\n${lines.join('\n')}`, errors);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InvalidInputError(`cannot read ${file}: ${(error as Error).message}`, [], { cause: error });
  }
}

function byId<T extends { id: string }>(rows: { line: number; value: T }[], file: string, errors: LineError[]) {
  const map = new Map<string, T>();
  for (const { line, value } of rows) {
    if (map.has(value.id)) errors.push({ file, line, reason: `duplicate id "${value.id}"` });
    else map.set(value.id, value);
  }
  return map;
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const articlesFile = join(dir, 'articles.jsonl');
  const goldFile = join(dir, 'gold.jsonl');
  const [articlesText, goldText] = await Promise.all([readText(articlesFile), readText(goldFile)]);
  const articles = parseJsonl(articlesText, articleLine, articlesFile);
  const gold = parseJsonl(goldText, goldLine, goldFile);
  const errors = [...articles.errors, ...gold.errors];
  const articleIds = byId(articles.rows, articlesFile, errors);
  const goldById = byId(gold.rows, goldFile, errors);
  for (const { line, value } of articles.rows) {
    if (!goldById.has(value.id)) errors.push({ file: articlesFile, line, reason: `no gold line for id "${value.id}"` });
  }
  for (const { line, value } of gold.rows) {
    if (!articleIds.has(value.id)) errors.push({ file: goldFile, line, reason: `no article for id "${value.id}"` });
  }
  if (errors.length > 0) fail(`corpus ${dir}`, errors);
  return { dir, articles: [...articleIds.values()], gold: goldById };
}

/** A prediction file (one prediction line per article); articles it lacks count as predicting nothing. */
export async function loadPredictions(file: string): Promise<Map<string, PredictionLine>> {
  const parsed = parseJsonl(await readText(file), predictionLine, file);
  const errors = [...parsed.errors];
  const predictions = byId(parsed.rows, file, errors);
  if (errors.length > 0) fail(`predictions ${file}`, errors);
  return predictions;
}
