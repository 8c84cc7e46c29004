import type { ApiContext } from '../context.js';
import { lookupEntity } from './entity-lookup.js';

export const company = (_: unknown, args: unknown, ctx: ApiContext) => lookupEntity('COMPANY', args, ctx);
