import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { graphCost } from './graph-cost.js';

// Graph reads (neighborhood, path, supplyChain, and the exports) are the requests that can keep Neo4j
// busy for seconds. Each GraphQL operation is priced (graph-cost.ts) and refused past `maxCost`
// (QUERY_TOO_COMPLEX, HTTP 400: it can never run); and at most `slots` graph reads run at once on this
// server, GraphQL and /export/* together: one more is refused at once with BUSY (HTTP 503, Retry-After)
// rather than queued, so a burst of them cannot push everyone else's cheap lookups into timeouts.

/** Seconds a refused client is told to wait (Retry-After): graph reads take a second or a few. */
export const busyRetryAfterSeconds = 1;

export interface GraphReadSlots {
  readonly size: number;
  /** A slot and the function that gives it back (once; later calls do nothing), or undefined when all are taken. */
  take(): (() => void) | undefined;
}

export function graphReadSlots(size: number): GraphReadSlots {
  let running = 0;
  return {
    size,
    take() {
      if (running >= size) return undefined;
      running++;
      let released = false;
      return () => {
        if (!released) running--;
        released = true;
      };
    },
  };
}

export const busyMessage = (slots: GraphReadSlots) => `The server is running ${slots.size} graph reads already; try again shortly.`;

export function graphReadLimits(options: { maxCost: number; slots: GraphReadSlots }): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = graphCost(args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
      if (cost === 0) return;
      if (cost > options.maxCost) {
        setResultAndStopExecution({
          errors: [createGraphQLError(`Graph cost limit of ${options.maxCost} exceeded, found ${cost}: ask for a smaller depth or limit, or fewer graph reads per request.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: options.maxCost, http: { status: 400 } },
          })],
        });
        return;
      }
      const release = options.slots.take();
      if (release === undefined) {
        setResultAndStopExecution({
          errors: [createGraphQLError(busyMessage(options.slots), {
            extensions: { code: 'BUSY', http: { status: 503, headers: { 'retry-after': String(busyRetryAfterSeconds) } } },
          })],
        });
        return;
      }
      return { onExecuteDone: release };
    },
  };
}
