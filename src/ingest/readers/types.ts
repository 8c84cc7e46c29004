import type { Article } from '../../extract/types.js';

/** An article as read from an input, with where it came from ("news.jsonl:12", "a.html", "stdin"). */
export interface ReadArticle extends Article {
  origin?: string;
}

/** One bad input: it names the file (and line) and the reason; the rest of the batch goes on. */
export class ReadError {
  readonly kind = 'read-error';
  constructor(
    /** "news.jsonl:12", "report.txt", "stdin:3". */
    readonly origin: string,
    readonly reason: string,
    /** The article id when the input got far enough to have one. */
    readonly id?: string,
  ) {}

  get message(): string {
    return `${this.origin}: ${this.reason}`;
  }
}

export function isReadError(x: unknown): x is ReadError {
  return x instanceof ReadError;
}

export type ReadItem = ReadArticle | ReadError;
