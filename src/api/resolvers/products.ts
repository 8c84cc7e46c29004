import type { ApiContext } from '../context.js';
import { listEntityConnection } from './entity-list.js';

export const products = (_: unknown, args: unknown, ctx: ApiContext) => listEntityConnection('PRODUCT', args, ctx);
