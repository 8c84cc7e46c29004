import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { graphCost } from './graph-cost.js';

// Graph reads (neighborhood, path, supplyChain) are the requests that can keep Neo4j busy for seconds.
// Each operation is priced (graph-cost.ts) and refused past `maxCost` (QUERY_TOO_COMPLEX); and at most
// `slots` operations with graph reads run at once on this server: one more is refused at once with BUSY
// rather than queued, so a burst of them cannot push everyone else's cheap lookups into timeouts.

export function graphReadLimits(options: { maxCost: number; slots: number }): Plugin {
  let running = 0;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = graphCost(args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
      if (cost === 0) return;
      if (cost > options.maxCost) {
        setResultAndStopExecution({
          errors: [createGraphQLError(`Graph cost limit of ${options.maxCost} exceeded, found ${cost}: ask for a smaller depth or limit, or fewer graph reads per request.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: options.maxCost },
          })],
        });
        return;
      }
      if (running >= options.slots) {
        setResultAndStopExecution({
          errors: [createGraphQLError(`The server is running ${options.slots} graph reads already; try again shortly.`, { extensions: { code: 'BUSY' } })],
        });
        return;
      }
      running++;
      let released = false;
      return {
        onExecuteDone() {
          if (!released) running--;
          released = true;
        },
      };
    },
  };
}
