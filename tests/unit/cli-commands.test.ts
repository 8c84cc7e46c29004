import { describe, expect, it } from 'vitest';
import { commands, commandSummaries } from '../../src/cli/command-list.js';

// `newsgraph --help` lists the commands from command-list.ts without loading them; each module says the same.

describe('command list', () => {
  // Importing `start` loads the whole API (yoga, the driver, the pipeline): seconds on a busy machine.
  it.each(commands)('%s: the module exists and its summary matches', async (name) => {
    const module = (await import(`../../src/cli/commands/${name}.ts`)) as { summary: string; run: unknown };
    expect(typeof module.run).toBe('function');
    expect(module.summary).toBe(commandSummaries[name]);
  }, 30_000);
});
