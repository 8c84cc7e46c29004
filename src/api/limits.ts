import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { ASTVisitor, FieldNode, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { queryCostLimit } from './query-cost.js';

// Limits on by default: what one request may ask. The Cypher transaction timeout lives in the gateway.
export interface Limits {
  depth: number;
  aliases: number;
  tokens: number;
  /** Fields the answer may hold, counted through the page sizes (query-cost.ts). */
  cost: number;
  bodyBytes: number;
  /** Price of the graph reads in one request (graph-cost.ts). */
  graphCost: number;
  /** Requests with graph reads running at once on one server; more are refused with BUSY. */
  graphReads: number;
}

// Depth 20 lets a researcher go three relationship levels deep in Relay form, with the inline fragment
// each level needs (`company { suppliers { edges { node { source { ... on Company { suppliers …` is five
// levels a hop); the cost limit is what refuses a query that would really be expensive: three levels of
// 25 suppliers with a few fields each are about 65,000 fields, four levels 1.6 million.
export const defaultLimits: Limits = {
  depth: 20,
  aliases: 15,
  tokens: 2000,
  cost: 100_000,
  bodyBytes: 1024 * 1024,
  graphCost: 3000,
  graphReads: 4,
};

export function armorPlugins(limits: Limits = defaultLimits): Plugin[] {
  return [
    maxDepthPlugin({ n: limits.depth, ignoreIntrospection: true, exposeLimits: true }),
    maxAliasesPlugin({ n: limits.aliases, exposeLimits: true }),
    maxTokensPlugin({ n: limits.tokens, exposeLimits: true }),
    queryCostLimit(limits.cost),
  ] as Plugin[];
}

/**
 * Turns introspection off (production): `__schema` and `__type` fail validation. Written out rather than
 * graphql's NoSchemaIntrospectionCustomRule, whose type checks break when two copies of graphql are loaded.
 */
export function noIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(
        (context: ValidationContext): ASTVisitor => ({
        Field(node: FieldNode) {
          if (node.name.value === '__schema' || node.name.value === '__type') {
            context.reportError(
              createGraphQLError(`GraphQL introspection is disabled on this server ("${node.name.value}")`, {
                nodes: [node],
                extensions: { code: 'FORBIDDEN' },
              }),
            );
          }
        },
      }),
      );
    },
  };
}

/** Requests over 1 MB get 413: at once when content-length says so, else (chunked) as soon as the read passes it. */
export function bodyLimit(maxBytes: number = defaultLimits.bodyBytes): Plugin {
  const tooLarge = () =>
    Response.json(
      { errors: [{ message: `Request body over ${maxBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
      { status: 413 },
    );
  return {
    onRequest({ request, endResponse }) {
      if (Number(request.headers.get('content-length') ?? '0') > maxBytes) endResponse(tooLarge());
    },
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.headers.has('content-length') || request.body === null || !requestParser) return;
      setRequestParser(async (req) => {
        const bytes = await readAtMost(req, maxBytes);
        if (bytes === undefined) return tooLarge();
        return requestParser(new Request(req.url, { method: req.method, headers: req.headers, body: new Uint8Array(bytes) }));
      });
    },
  };
}

/** The body, or undefined as soon as it passes maxBytes (the rest is not read). */
async function readAtMost(request: Request, maxBytes: number): Promise<Buffer | undefined> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
