// Domain errors. The API maps them to `extensions.code` in one place; anything else is masked.

export class DomainError extends Error {
  readonly code: string = 'INTERNAL';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  override readonly code = 'NOT_FOUND';
}

export class InvalidInputError extends DomainError {
  override readonly code = 'BAD_USER_INPUT';
  constructor(
    message: string,
    readonly issues: unknown[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ConflictError extends DomainError {
  override readonly code = 'CONFLICT';
}

export class UnauthenticatedError extends DomainError {
  override readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenError extends DomainError {
  override readonly code = 'FORBIDDEN';
}

/** The database cannot be reached or refused the work (not a user mistake). */
export class DatabaseError extends DomainError {
  override readonly code = 'DATABASE';
}

/** Neo4j stopped the work at the transaction time limit (NEO4J_TX_TIMEOUT_MS): the request asked too much. */
export class TimeoutError extends DomainError {
  override readonly code = 'TIMEOUT';
}

/** The work needs more memory than Neo4j allows one transaction: ask for less. */
export class TooLargeError extends DomainError {
  override readonly code = 'TOO_LARGE';
}
