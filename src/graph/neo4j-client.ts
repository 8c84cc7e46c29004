import neo4j, { type Driver, Neo4jError, type Transaction } from 'neo4j-driver';
import { ConflictError, DatabaseError, TimeoutError, TooLargeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { silentLogger } from '../logger.js';
import { loadQueries, type Query, schemaStatements } from './cypher.js';
import { createDriver, type Neo4jConnection } from './driver.js';
import { toPlain } from './values.js';

// The one gateway that runs Cypher. Writes and multi-statement reads are explicit transactions, a
// single read is one auto-commit statement; both are retried here rather than by the driver's managed
// transactions (whose first retry waits a second and which go on for 30 s): contention such as a
// deadlock up to 5 times with backoff, a server that cannot be reached only once, so every request
// fails within a second when Neo4j is down. We add metadata, a timeout, error mapping, conversion of
// values at the boundary and a duration log line per statement.

// Run by applySchema after the DDL: data written by an earlier version brought to the current shape.
const migrations = loadQueries(['link-article-bands'] as const);

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Tx {
  run<R = Row>(query: Query, params?: Params): Promise<R[]>;
}

export interface GraphClient {
  read<R = Row>(query: Query, params?: Params): Promise<R[]>;
  write<R = Row>(query: Query, params?: Params): Promise<R[]>;
  /** Several statements in one write transaction: all or nothing. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, label?: string): Promise<T>;
  readTransaction<T>(work: (tx: Tx) => Promise<T>, label?: string): Promise<T>;
  /**
   * One read statement's rows as the loop takes them: the server produces more only when asked, so a
   * result larger than memory (a whole-graph dump) streams through. Not retried; `timeoutMs` 0 = no limit.
   */
  stream<R = Row>(query: Query, params?: Params, options?: { timeoutMs?: number }): AsyncIterable<R>;
  /** Runs raw Cypher text (schema DDL, tests). Application code uses named queries. */
  runText<R = Row>(cypher: string, params?: Params, mode?: 'READ' | 'WRITE'): Promise<R[]>;
  applySchema(): Promise<void>;
  /** Statements run since creation; the API's N+1 test reads it. */
  readonly statementCount: number;
  readonly driver: Driver;
  close(): Promise<void>;
}

export interface ClientOptions {
  logger?: Logger;
  txTimeoutMs?: number;
  /** Shown in `SHOW TRANSACTIONS` as metadata.app. */
  app?: string;
}

// Type and argument errors are not mapped: arguments are checked with zod before any query runs, so
// Neo4j rejecting a value is a bug in our Cypher; it stays a plain error, masked for clients and logged in full.
export function mapNeo4jError(error: unknown, what: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError(`${what}: ${error.message}`, { cause: error });
  }
  // Past the time limit Neo4j terminates the transaction: while it runs (TransactionTimedOut...) or
  // while it waits for a lock (LockClientStopped).
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.ClientError.Transaction.LockClientStopped') {
    return new TimeoutError('The database stopped this work at its time limit; ask for less (a smaller depth or limit) or try again.', { cause: error });
  }
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    return new TooLargeError('The database ran out of memory for this work; ask for less (a smaller depth, limit or batch).', { cause: error });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new DatabaseError(`${what}: Neo4j unavailable (${error.message})`, { cause: error });
  }
  // Deadlocks and other contention left after the retries: the database works, but not this time.
  if (code.startsWith('Neo.TransientError')) {
    return new DatabaseError(`${what}: Neo4j could not finish it, try again (${error.message})`, { cause: error });
  }
  return error;
}

/** Deadlocks and other transient errors: a few times; an unreachable server: once more (a cluster's leader switch). */
function worthRetrying(error: unknown, attempt: number): boolean {
  if (!Neo4jError.isRetriable(error)) return false;
  const code = (error as Neo4jError).code;
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') return false;
  return attempt < (code === 'ServiceUnavailable' || code === 'SessionExpired' ? 2 : 5);
}

/**
 * The driver records the caller's stack trace for every statement (`new Error().stack` in its Result), to put on
 * an error should one come back. Formatting that stack (through source maps when they are on) was about a tenth of
 * the API's CPU per request on a lookup. A failed single read then carries the driver's own stack only: Neo4j's
 * message says what went wrong, and the errors mapNeo4jError makes name the statement.
 */
function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const alreadyExists = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/** The Cypher in cypher/ uses dynamic types `$(...)`, `OPTIONAL CALL` and `CALL (x) {}`: Neo4j 5.26+. */
export function supportsNewsgraph(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map((n) => Number.parseInt(n, 10));
  return major > 5 || (major === 5 && minor >= 26) || major >= 2025;
}

export function createGraphClient(conn: Neo4jConnection, options: ClientOptions = {}): GraphClient {
  const driver = createDriver(conn);
  const logger = options.logger ?? silentLogger;
  const config = { timeout: options.txTimeoutMs ?? 30_000, metadata: { app: options.app ?? 'newsgraph' } };
  let statementCount = 0;

  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ database: conn.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });

  const txFor = (tx: Transaction): Tx => ({
    async run<R>(query: Query, params: Params = {}) {
      statementCount++;
      const started = performance.now();
      const result = await tx.run(query.text, params);
      logger.debug(`${query.name}: ${result.records.length} rows in ${(performance.now() - started).toFixed(1)} ms`);
      return result.records.map((r) => toPlain(r.toObject()) as R);
    },
  });

  async function inSession<T>(mode: 'READ' | 'WRITE', label: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const txConfig = { ...config, metadata: { ...config.metadata, op: label } };
    for (let attempt = 1; ; attempt++) {
      const s = session(mode);
      const tx = s.beginTransaction(txConfig);
      try {
        const out = await work(txFor(tx));
        await tx.commit();
        return out;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        if (!worthRetrying(error, attempt)) throw mapNeo4jError(error, label);
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt * (0.5 + Math.random())));
      } finally {
        await s.close();
      }
    }
  }

  /**
   * One read statement as an auto-commit transaction: a single round trip instead of BEGIN, RUN and
   * COMMIT, which is most of the cost of a small lookup. Reads are idempotent, so a transient failure
   * is simply run again, as a managed transaction would.
   */
  async function readOnce<R>(query: Query, params: Params = {}): Promise<R[]> {
    const txConfig = { ...config, metadata: { ...config.metadata, op: query.name } };
    for (let attempt = 1; ; attempt++) {
      const s = session('READ');
      try {
        statementCount++;
        const started = performance.now();
        const result = await withoutCallerStack(() => s.run(query.text, params, txConfig));
        logger.debug(`${query.name}: ${result.records.length} rows in ${(performance.now() - started).toFixed(1)} ms`);
        return result.records.map((r) => toPlain(r.toObject()) as R);
      } catch (error) {
        if (!worthRetrying(error, attempt)) throw mapNeo4jError(error, query.name);
        await new Promise((r) => setTimeout(r, 100 * attempt));
      } finally {
        await s.close();
      }
    }
  }

  async function* stream<R>(query: Query, params: Params = {}, options: { timeoutMs?: number } = {}): AsyncIterable<R> {
    const s = session('READ');
    const tx = s.beginTransaction({ timeout: options.timeoutMs ?? config.timeout, metadata: { ...config.metadata, op: query.name } });
    try {
      statementCount++;
      const started = performance.now();
      let rows = 0;
      for await (const record of tx.run(query.text, params)) {
        rows++;
        yield toPlain(record.toObject()) as R;
      }
      await tx.commit();
      logger.debug(`${query.name}: ${rows} rows streamed in ${(performance.now() - started).toFixed(1)} ms`);
    } catch (error) {
      throw mapNeo4jError(error, query.name);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await s.close();
    }
  }

  return {
    read: readOnce,
    stream,
    write: (query, params) => inSession('WRITE', query.name, (tx) => tx.run(query, params)),
    writeTransaction: (work, label = 'write') => inSession('WRITE', label, work),
    readTransaction: (work, label = 'read') => inSession('READ', label, work),
    runText: (text, params, mode = 'WRITE') => inSession(mode, 'raw', (tx) => tx.run({ name: 'raw', text }, params)),
    async applySchema() {
      const [server] = await inSession('READ', 'server-version', (tx) =>
        tx.run<{ version: string }>({ name: 'server-version', text: 'CALL dbms.components() YIELD versions RETURN versions[0] AS version' }),
      );
      if (server && !supportsNewsgraph(server.version)) {
        throw new DatabaseError(`Neo4j ${server.version} at ${conn.uri} is too old: newsgraph's Cypher needs Neo4j 5.26 or newer`);
      }
      // DDL cannot share a transaction with other schema changes' reads; one auto-commit each. Two processes
      // starting on a fresh database create the same constraints at once: a deadlock or a transient schema
      // error is retried, and "already exists" means the other one won. Then the migrations, each idempotent
      // and run as auto-commit statements too (they commit in batches: CALL … IN TRANSACTIONS).
      for (const statement of [...schemaStatements(), ...Object.values(migrations).map((m) => m.text)]) {
        for (let attempt = 1; ; attempt++) {
          const s = session('WRITE');
          try {
            statementCount++;
            await s.run(statement);
            break;
          } catch (error) {
            if (error instanceof Neo4jError && alreadyExists.has(error.code)) break;
            if (attempt >= 8 || !Neo4jError.isRetriable(error)) throw mapNeo4jError(error, 'applySchema');
            await new Promise((r) => setTimeout(r, 100 * attempt + Math.random() * 100));
          } finally {
            await s.close();
          }
        }
      }
      logger.debug('schema applied');
    },
    get statementCount() {
      return statementCount;
    },
    driver,
    close: () => driver.close(),
  };
}
