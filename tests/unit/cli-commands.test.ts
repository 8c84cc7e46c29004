import { describe, expect, it } from 'vitest';
import { commands, commandSummaries } from '../../src/cli/command-list.js';

// `newsgraph --help` lists the commands from command-list.ts without loading them; each module says the same.

describe('command list', () => {
  it.each(commands)('%s: the module exists and its summary matches', async (name) => {
    const module = (await import(`../../src/cli/commands/${name}.ts`)) as { summary: string; run: unknown };
    expect(typeof module.run).toBe('function');
    expect(module.summary).toBe(commandSummaries[name]);
    // The first import transforms and loads every dependency cold: seconds on a busy 2-core machine.
  }, 30_000);
});
