import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import { lookupEntity } from './entity-lookup.js';

export const company = (_: unknown, args: unknown, ctx: ApiContext, info: GraphQLResolveInfo) =>
  lookupEntity('COMPANY', args, ctx, info);
