import type { CORSOptions } from 'graphql-yoga';

// Which web pages may read the API's answers. By default only pages of the API's own origin (the
// explorer): a site the user happens to open must not read their local graph through their browser.
// CORS_ORIGINS names other origins (a notebook server, a dashboard), which may send credentials and the
// Authorization header. A refused origin gets no CORS headers, so the browser withholds the answer.

export function corsPolicy(allowed: readonly string[] = []) {
  return (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    if (origin === null) return false;
    if (origin !== new URL(request.url).origin && !allowed.includes(origin)) return false;
    return { origin: [origin], credentials: true, methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'authorization', 'accept'] };
  };
}
