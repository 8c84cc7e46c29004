import { stats as readStats } from '../../graph/read/stats.js';
import type { ApiContext } from '../context.js';

export const stats = (_: unknown, __: unknown, ctx: ApiContext) => readStats(ctx.client);
