// A background task that runs in passes: at most one pass at a time (a call during a pass gets that
// pass), one pass per tick while started, and close() stops the ticks and waits for the pass under way.
// The feed poller and the webhook alerter run this way inside `newsgraph serve`.
import type { Logger } from './logger.js';

export interface Background<T> {
  /** Runs a pass now, or joins the one under way. */
  run(): Promise<T>;
  /** Runs a pass every `tickMs` until close(); a tick while a pass runs is skipped. */
  start(): void;
  /** Stops the ticks and waits for the pass under way. */
  close(): Promise<void>;
  /** True once close() was called: a long pass checks it to stop early. */
  readonly closed: boolean;
}

export function background<T>(pass: () => Promise<T>, tickMs: number, logger: Logger, name: string): Background<T> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<T> | undefined;
  let closed = false;
  const run = (): Promise<T> => {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };
  return {
    run,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        if (!running) void run().catch((error: unknown) => logger.warn(`${name}: a pass failed`, error));
      }, tickMs);
      timer.unref();
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
    },
    get closed() {
      return closed;
    },
  };
}
