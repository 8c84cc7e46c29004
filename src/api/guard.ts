import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { ApiContext } from './context.js';

type Resolver = (parent: unknown, args: never, ctx: ApiContext, info: never) => unknown;

/** Every mutation passes here first: no API_TOKEN configured → FORBIDDEN; no or a wrong token → UNAUTHENTICATED. */
export function requireWriteToken<R extends Record<string, Resolver>>(resolvers: R): R {
  const guarded = Object.entries(resolvers).map(([name, resolve]) => [
    name,
    (parent: unknown, args: never, ctx: ApiContext, info: never) => {
      if (ctx.writeAccess === 'disabled') throw new ForbiddenError('Mutations are disabled: the server has no API_TOKEN');
      if (ctx.writeAccess === 'missing') throw new UnauthenticatedError('Mutations need an Authorization: Bearer <token> header');
      if (ctx.writeAccess === 'bad') throw new UnauthenticatedError('The bearer token is not valid');
      return resolve(parent, args, ctx, info);
    },
  ]);
  return Object.fromEntries(guarded) as R;
}
