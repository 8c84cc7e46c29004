import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { DatabaseError, DomainError, InvalidInputError } from '../errors.js';
import type { Logger } from '../logger.js';

// The one place errors become what clients see. Domain errors keep their message and get
// `extensions.code` (BAD_USER_INPUT also carries the zod issues); GraphQL's own errors (syntax,
// validation, limits) pass through; anything else is masked ("Unexpected error.") and Yoga logs it in full.

// By name, not instanceof: under some loaders (vitest) `graphql` is instantiated twice (ESM and CJS builds).
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

export function createMaskError() {
  return (error: unknown, message: string): Error => {
    const graphqlError = isGraphQLError(error) ? error : undefined;
    const original = graphqlError ? graphqlError.originalError : error;
    const where = { nodes: graphqlError?.nodes, path: graphqlError?.path };

    if (original instanceof DatabaseError) {
      return createGraphQLError('The database is unavailable; try again shortly.', { ...where, extensions: { code: original.code } });
    }
    if (original instanceof DomainError) {
      const extensions: Record<string, unknown> = { code: original.code };
      if (original instanceof InvalidInputError && original.issues.length > 0) extensions.issues = original.issues;
      return createGraphQLError(original.message, { ...where, extensions });
    }
    if (graphqlError && (original === undefined || original === null || isGraphQLError(original))) {
      return isGraphQLError(original) ? original : graphqlError;
    }
    // Yoga logs the original error in full whenever the mask changed it (see yogaLogger).
    return createGraphQLError(message, { ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}

/**
 * The logger Yoga gets. Yoga logs every error the mask changed at error level; a client's mistake
 * (a domain error other than DatabaseError) is not a server error, so it goes to debug.
 */
export function yogaLogger(logger: Logger): Logger {
  const isClientMistake = (e: unknown) => {
    const original = isGraphQLError(e) ? e.originalError : e;
    return original instanceof DomainError && !(original instanceof DatabaseError);
  };
  return {
    ...logger,
    error: (...args: unknown[]) => (args.length === 1 && isClientMistake(args[0]) ? logger.debug(...args) : logger.error(...args)),
  };
}
