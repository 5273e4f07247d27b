// The argument preamble every command shares. Kept out of command.ts, which the package's public
// types re-export: these signatures mention node:util's types, which a user's project need not have.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Command, type CommandIo, EXIT_OK, EXIT_USAGE } from './command.js';

/** Writes `goalkit <name>: <message>` and the usage to stderr; returns {@link EXIT_USAGE}. */
export function usageError(command: Pick<Command, 'name' | 'usage'>, io: CommandIo, message: string): number {
  io.stderr.write(`goalkit ${command.name}: ${message}\n\n${command.usage}`);
  return EXIT_USAGE;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * A command's arguments, parsed strictly by `node:util`'s `parseArgs` with `-h`/`--help` added; or
 * the exit code when the arguments are already answered: the usage on stdout for `--help`, a usage
 * error for an unknown or malformed option.
 */
export function parseCommandArgs<const T extends OptionsConfig>(
  command: Pick<Command, 'name' | 'usage'>,
  args: readonly string[],
  io: CommandIo,
  options: T,
):
  | ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T & typeof HELP }>>
  | number {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: T & typeof HELP }>
  >;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { ...options, ...HELP } });
  } catch (error) {
    return usageError(command, io, (error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(command.usage);
    return EXIT_OK;
  }
  return parsed;
}
