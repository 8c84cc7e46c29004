import type { ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

// The last word on every error a client sees, after parsing, validation and execution:
// - the limit plugins (graphql-armor) refuse with a bare message: they get `QUERY_TOO_COMPLEX`, so every
//   error carries `extensions.code` as docs/api.md promises ("Query depth limit of 8 exceeded"), and
//   HTTP 400 whatever the Accept header (a request over a limit can never run; GraphQL over HTTP would
//   answer 200 to `Accept: application/json`);
// - with introspection off, GraphQL's "Did you mean "company"?" would give the schema away field by
//   field: the suggestion is dropped.

const limitMessage = /^Syntax Error: (Query depth limit|Aliases limit|Token limit|Query Cost limit|Directives limit)/;
const suggestion = / Did you mean .*\?$/;

export function errorCodes(options: { hideSuggestions: boolean }): Plugin {
  const fix = (error: GraphQLError): GraphQLError => {
    const limit = limitMessage.test(error.message);
    const message = options.hideSuggestions ? error.message.replace(suggestion, '') : error.message;
    if (!limit && message === error.message) return error;
    return createGraphQLError(message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: { ...error.extensions, ...(limit && { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } }) },
    });
  };
  const fixResult = (result: ExecutionResult) => (result.errors ? { ...result, errors: result.errors.map(fix) } : result);
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(fixResult));
      else if (!(Symbol.asyncIterator in result)) setResult(fixResult(result as ExecutionResult));
    },
  };
}
