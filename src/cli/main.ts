// newsgraph command line. Each subcommand lives in ./commands/<name>.ts and exports
// `run(args: string[]): Promise<number>` (the exit code) and a one-line `summary`; only the command
// that runs is loaded.
import { type Command, commands, commandSummaries } from './command-list.js';

interface CommandModule {
  summary: string;
  run(args: string[]): Promise<number>;
}

async function load(name: Command): Promise<CommandModule> {
  return (await import(`./commands/${name}.js`)) as CommandModule;
}

function usage(): string {
  const lines = commands.map((c) => `  ${c.padEnd(9)} ${commandSummaries[c]}`);
  return `usage: newsgraph <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nnewsgraph <command> --help tells more.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  if (!(commands as readonly string[]).includes(name)) {
    console.error(`newsgraph: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await load(name as Command)).run(rest);
}

// `newsgraph extract ... | head` closes stdout early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The message names the input and the reason; the stack is for LOG_LEVEL=debug.
    const debug = process.env.LOG_LEVEL === 'debug' && error instanceof Error;
    // By name: importing config.ts (and zod) here would slow every `--help`.
    if (error instanceof Error && error.name === 'ConfigError') console.error(error.message);
    else console.error(`newsgraph: ${debug ? error.stack : error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
