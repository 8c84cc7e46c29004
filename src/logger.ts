// A small logger interface passed in to whatever needs one (after graphql-yoga's logger).
// Log counts, names and durations; never article text or secrets.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/** Writes to stderr so that stdout stays free for command output (JSON, exports). */
export function createLogger(level: LogLevel = 'info', prefix = 'newsgraph'): Logger {
  const at = (l: Exclude<LogLevel, 'silent'>) =>
    order[l] < order[level] ? () => {} : (...args: unknown[]) => console.error(`[${prefix}] ${l}:`, ...args);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: Logger = createLogger('silent');
