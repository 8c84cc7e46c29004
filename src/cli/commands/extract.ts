// newsgraph extract <file> [--json | --jsonl]: one article → what extraction reads in it, for a person
// (each relation with its rule and top features), or its Extraction as JSON; an articles.jsonl with
// --jsonl → one prediction line per article (../shared/eval/FORMAT.md "Predictions").
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../config.js';
import { InvalidInputError } from '../../errors.js';
import { formatLineError, parseLine } from '../../eval/jsonl.js';
import { toPrediction } from '../../eval/prediction.js';
import { articleLine } from '../../eval/schema.js';
import type { Article, Extraction } from '../../extract/types.js';
import { parseCommand, usageError } from '../args.js';
import { formatExtraction } from '../format-extraction.js';
import { configuredExtractor } from '../user-gazetteer.js';

export const summary = 'print what extraction finds in an article file (or prediction lines for a .jsonl)';

const help = `usage: newsgraph extract <file> [--json | --jsonl]

  <file>.txt / .md   plain text; the first line is the title
  <file>.json        one article: {"id", "text", "title"?, "url"?, "source"?, "publishedAt"?}
                     Prints the companies, products and relations found; each relation
                     with its confidence, the rule that read it and its top features.
  --json             print the whole extraction as JSON instead (offsets, mentions, hedged)
  --jsonl            <file> holds one article a line (articles.jsonl); prints one
                     prediction line per article, each relation with its rule,
                     confidence and features. Bad lines are reported on stderr,
                     the rest still processed, and the exit code is 1.`;

const jsonArticle = articleLine.extend({ id: articleLine.shape.id.optional() });

async function readArticle(file: string): Promise<Article> {
  const content = await readFile(file, 'utf8');
  const id = basename(file, extname(file));
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl') throw new InvalidInputError(`${file}: one article a line needs --jsonl`);
  if (ext === '.json') {
    const parsed = parseLine(content, jsonArticle, file, 1);
    if (parsed === undefined) throw new InvalidInputError(`${file}: empty file`);
    if ('error' in parsed) throw new InvalidInputError(`${file}: ${parsed.error.reason}`);
    return { ...parsed.value, id: parsed.value.id ?? id };
  }
  // Text: the first non-blank line is the title ("# " dropped for Markdown), the rest the body.
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1) return { id, text: '' };
  const title = lines[first].replace(/^#+\s*/, '').trim();
  const body = lines.slice(first + 1).join('\n').trim();
  return body === '' ? { id, text: title } : { id, title, text: body };
}

/** Writes one line, waiting when stdout's buffer is full (a 4,000-line corpus piped to a file). */
async function writeLine(text: string): Promise<void> {
  if (!process.stdout.write(`${text}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function extractJsonl(file: string, extract: (article: Article) => Extraction): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    lineNo++;
    const parsed = parseLine(text, articleLine, file, lineNo);
    if (parsed === undefined) continue;
    if ('error' in parsed) {
      failed++;
      console.error(formatLineError(parsed.error));
      continue;
    }
    try {
      await writeLine(JSON.stringify(toPrediction(extract(parsed.value))));
    } catch (error) {
      failed++;
      console.error(formatLineError({ file, line: lineNo, reason: `extraction failed: ${(error as Error).message}` }));
    }
  }
  if (failed > 0) console.error(`newsgraph extract: ${failed} line(s) of ${file} failed`);
  return failed > 0 ? 1 : 0;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand('extract', help, args, { json: { type: 'boolean', default: false }, jsonl: { type: 'boolean', default: false } });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError('extract', 'expects one file', help);
  if (values.json && values.jsonl) return usageError('extract', '--json and --jsonl exclude each other', help);
  const file = positionals[0];
  const extract = configuredExtractor(loadConfig());
  try {
    if (values.jsonl) return await extractJsonl(file, extract);
    const extraction = extract(await readArticle(file));
    console.log(values.json ? JSON.stringify(extraction, null, 2) : formatExtraction(extraction));
    return 0;
  } catch (error) {
    console.error(`newsgraph extract: ${(error as Error).message}`);
    return 1;
  }
}
