import { createHash, timingSafeEqual } from 'node:crypto';

// Bearer tokens compared in constant time. Both sides are hashed first so that tokens of
// different lengths compare in the same time too (timingSafeEqual needs equal lengths).

export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export function tokensEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** ok, or why not: no API_TOKEN configured (mutations are off), no token sent, or a wrong one. */
export type WriteAccess = 'ok' | 'disabled' | 'missing' | 'bad';

export function writeAccess(request: Request, apiToken: string | undefined): WriteAccess {
  if (apiToken === undefined) return 'disabled';
  const token = bearerToken(request);
  if (token === undefined) return 'missing';
  return tokensEqual(token, apiToken) ? 'ok' : 'bad';
}

/** Reads are public unless READ_TOKEN is set; then the read token or the API token opens them. */
export function mayRead(request: Request, readToken: string | undefined, apiToken: string | undefined): boolean {
  if (readToken === undefined) return true;
  const token = bearerToken(request);
  if (token === undefined) return false;
  // Both comparisons always run: the time taken does not say which token matched.
  const read = tokensEqual(token, readToken);
  const write = apiToken !== undefined && tokensEqual(token, apiToken);
  return read || write;
}
