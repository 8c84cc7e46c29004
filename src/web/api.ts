// The page's only way to the data: POST /graphql with fetch. Two kinds of failure, told apart
// because the page says different things: the API cannot be reached (network, 5xx, not JSON),
// or it answered with GraphQL errors (extensions.code: NOT_FOUND, BAD_USER_INPUT, ...).

export class ApiUnavailableError extends Error {
  override name = 'ApiUnavailableError';
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export type Variables = Record<string, unknown>;

export interface Api {
  query<T>(document: string, variables?: Variables): Promise<T>;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const tokenKey = 'newsgraph.token';

/** A read token, when the API asks for one, is kept for the browser session only. */
export function setToken(token: string | null): void {
  if (token) sessionStorage.setItem(tokenKey, token);
  else sessionStorage.removeItem(tokenKey);
}

export function createApi(endpoint = '/graphql', timeoutMs = 20_000): Api {
  return {
    async query<T>(document: string, variables: Variables = {}): Promise<T> {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      const token = sessionStorage.getItem(tokenKey);
      if (token) headers.authorization = `Bearer ${token}`;
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: document, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new ApiUnavailableError(`The API at ${endpoint} cannot be reached (${(error as Error).message}).`);
      }
      let body: GraphQLResponse<T>;
      try {
        body = (await response.json()) as GraphQLResponse<T>;
      } catch {
        throw new ApiUnavailableError(`The API at ${endpoint} answered ${response.status} without JSON.`);
      }
      const first = body.errors?.[0];
      if (first) {
        const code = first.extensions?.code ?? (response.status >= 500 ? 'UNAVAILABLE' : 'ERROR');
        if (code === 'DATABASE' || code === 'UNAVAILABLE') throw new ApiUnavailableError(first.message);
        throw new ApiError(first.message, code);
      }
      if (!response.ok || body.data === undefined || body.data === null) {
        throw new ApiUnavailableError(`The API at ${endpoint} answered ${response.status}.`);
      }
      return body.data;
    },
  };
}
