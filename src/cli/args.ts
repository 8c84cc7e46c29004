import { parseArgs, type ParseArgsConfig } from 'node:util';

// Every subcommand parses its arguments the same way: `--help` prints the help and exits 0, a
// mistake (unknown option, missing value) prints the reason and the help to stderr and exits 2.

type Options = NonNullable<ParseArgsConfig['options']>;
const helpOption = { help: { type: 'boolean', short: 'h' } } as const;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof helpOption; allowPositionals: true }>
>;

/** Returns the parsed arguments, or the exit code when the command should stop here. */
export function parseCommand<const O extends Options>(
  command: string,
  help: string,
  args: string[],
  options: O,
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, options: { ...options, ...helpOption }, allowPositionals: true }) as Parsed<O>;
  } catch (error) {
    console.error(`newsgraph ${command}: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(help);
    return 0;
  }
  return parsed;
}

/** Prints a usage mistake found after parsing; returns the exit code 2. */
export function usageError(command: string, message: string, help: string): number {
  console.error(`newsgraph ${command}: ${message}\n\n${help}`);
  return 2;
}
