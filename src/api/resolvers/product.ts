import type { ApiContext } from '../context.js';
import { lookupEntity } from './entity-lookup.js';

export const product = (_: unknown, args: unknown, ctx: ApiContext) => lookupEntity('PRODUCT', args, ctx);
