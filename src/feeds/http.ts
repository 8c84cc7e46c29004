import { fetch, type Response } from 'undici';
import { assertPublicUrl, guardedDispatcher, UrlRefusedError } from './url-guard.js';

// One careful GET for feeds and pages: a clear User-Agent, conditional headers, a timeout over the whole
// exchange, a cap on the body (read as a stream, so a huge or endless response costs at most the cap), and
// redirects followed by hand, at most 5, each hop checked by the URL guard like the first, and each connection
// made to an address the guard checked (guardedDispatcher).

export const USER_AGENT = 'newsgraph/0.1 (business news reader; polls feeds at their interval, honours ETag and Last-Modified)';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
  maxRedirects?: number;
}

export interface FetchedResponse {
  status: number;
  /** The URL the body came from, after redirects. */
  url: string;
  headers: Headers;
  /** Empty for 304. */
  body: string;
}

export class FetchError extends Error {
  constructor(readonly url: string, reason: string, options?: { cause?: unknown }) {
    super(`${url}: ${reason}`, options);
    this.name = 'FetchError';
  }
}

export async function fetchLimited(url: string, limits: FetchLimits, headers: Record<string, string> = {}): Promise<FetchedResponse> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const maxRedirects = limits.maxRedirects ?? 5;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      await assertPublicUrl(current, limits.allowPrivate);
      const response = await fetch(current, {
        headers: { 'user-agent': USER_AGENT, ...headers },
        redirect: 'manual',
        signal,
        dispatcher: guardedDispatcher(limits.allowPrivate),
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new FetchError(url, `more than ${maxRedirects} redirects`);
        current = new URL(location, current).href;
        continue;
      }
      const body = response.status === 304 ? '' : await readCapped(response, limits.maxBytes, current);
      return { status: response.status, url: current, headers: response.headers, body };
    }
  } catch (error) {
    if (error instanceof FetchError || error instanceof UrlRefusedError) throw error;
    const refused = (error as { cause?: unknown }).cause;
    if (refused instanceof UrlRefusedError) throw new UrlRefusedError(current, refused.reason);
    if (signal.aborted) throw new FetchError(current, `no complete answer within ${limits.timeoutMs} ms`, { cause: error });
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(current, `request failed (${cause?.code ?? cause?.message ?? (error as Error).message})`, { cause: error });
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(url, `the response is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw new FetchError(url, `the response is over the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
