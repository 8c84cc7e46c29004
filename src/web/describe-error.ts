// What to tell the reader when a request fails.

import { ApiError, ApiUnavailableError } from './api.js';

export function describeError(error: unknown): string {
  if (error instanceof ApiUnavailableError) {
    return `The newsgraph API is not answering, so nothing can be drawn. Check that the server and its database are running. (${error.message})`;
  }
  if (error instanceof ApiError) {
    if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') {
      return 'This API needs a read token: open the page as /#token=YOUR_TOKEN (it is kept for this tab only).';
    }
    return `The API refused the request: ${error.message}`;
  }
  return `Something went wrong in the page: ${error instanceof Error ? error.message : String(error)}`;
}
