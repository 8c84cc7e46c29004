import type { ApiContext } from '../context.js';
import { listEntityConnection } from './entity-list.js';

export const companies = (_: unknown, args: unknown, ctx: ApiContext) => listEntityConnection('COMPANY', args, ctx);
