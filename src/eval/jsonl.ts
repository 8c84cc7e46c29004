// JSON Lines parsing with zod: every bad line is reported with its file, line number and the
// reason, and the good lines are kept, so one typo does not hide the rest of a corpus.
import type { z } from 'zod';

export interface LineError {
  file: string;
  line: number;
  reason: string;
}

export interface ParsedLine<T> {
  line: number;
  value: T;
}

export function formatLineError(e: LineError): string {
  return `${e.file}:${e.line}: ${e.reason}`;
}

/** Parses one line; blank lines give `undefined` (they are skipped, not errors). */
export function parseLine<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  line: number,
): { value: z.infer<S> } | { error: LineError } | undefined {
  if (text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: { file, line, reason: `invalid JSON (${(error as Error).message})` } };
  }
  const result = schema.safeParse(json);
  if (result.success) return { value: result.data };
  const reason = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(line)'}: ${issue.message}`)
    .join('; ');
  return { error: { file, line, reason } };
}

export function parseJsonl<S extends z.ZodType>(
  content: string,
  schema: S,
  file: string,
): { rows: ParsedLine<z.infer<S>>[]; errors: LineError[] } {
  const rows: ParsedLine<z.infer<S>>[] = [];
  const errors: LineError[] = [];
  content.split(/\r?\n/).forEach((text, index) => {
    const parsed = parseLine(text, schema, file, index + 1);
    if (parsed === undefined) return;
    if ('error' in parsed) errors.push(parsed.error);
    else rows.push({ line: index + 1, value: parsed.value });
  });
  return { rows, errors };
}
