import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

// DateTime travels as an ISO-8601 string; input is checked and normalised to UTC ("2026-03-02" → "2026-03-02T00:00:00.000Z").
function toIso(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime: expected an ISO-8601 date or date-time, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Date(value).toISOString();
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => value,
  parseValue: toIso,
  parseLiteral: (ast) => toIso(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
