import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createMaskError } from '../../src/api/errors.js';
import {
  ConflictError, DatabaseError, ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError,
} from '../../src/errors.js';

const mask = createMaskError();
const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['company'] });

describe('error masking', () => {
  it.each([
    [new NotFoundError('no such company'), 'NOT_FOUND', 'no such company'],
    [new ConflictError('taken'), 'CONFLICT', 'taken'],
    [new UnauthenticatedError('who?'), 'UNAUTHENTICATED', 'who?'],
    [new ForbiddenError('no'), 'FORBIDDEN', 'no'],
    [new DatabaseError('bolt://10.0.0.1 refused'), 'DATABASE', 'The database is unavailable; try again shortly.'],
    [new Error('secret internals'), 'INTERNAL_SERVER_ERROR', 'Unexpected error.'],
  ])('%s → %s', (original, code, message) => {
    const out = mask(wrapped(original), 'Unexpected error.') as GraphQLError;
    expect(out.message).toBe(message);
    expect(out.extensions.code).toBe(code);
    expect(out.path).toEqual(['company']);
  });

  it('BAD_USER_INPUT carries the issues', () => {
    const issues = [{ path: ['first'], message: 'at most 100 per page', code: 'too_big' }];
    const out = mask(wrapped(new InvalidInputError('first: at most 100 per page', issues)), 'Unexpected error.') as GraphQLError;
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', issues });
  });

  it("GraphQL's own errors pass through", () => {
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(mask(validation, 'Unexpected error.')).toBe(validation);
  });
});
