import { type CommandIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './command.js';
import { commands } from './commands/index.js';

function usage(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: goalkit <command> [args]\n\nCommands:\n${list}\n\nRun "goalkit <command> --help" for a command's options.\n`;
}

/**
 * The `goalkit` dispatcher: finds the command named by the first argument and runs it.
 * `--help` prints the command list; an unknown command prints it on stderr and exits 2.
 * Resolves to the exit code; never throws.
 */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return EXIT_OK;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.stderr.write(
      `${name === undefined ? 'goalkit: no command given' : `goalkit: unknown command "${name}"`}\n\n${usage()}`,
    );
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr.write(
      `goalkit ${command.name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_FAILURE;
  }
}
