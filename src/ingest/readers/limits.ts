// Input limits, documented in docs/ingest.md. A news article is a few kilobytes; anything this big is a
// mistake (a database dump, a video renamed .txt) and is refused with a clear error rather than read.

/** Largest single article: a .txt/.md/.html/.json file, or one .jsonl line. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

export const tooLarge = (bytes: number) =>
  `${formatBytes(bytes)} is over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`;
