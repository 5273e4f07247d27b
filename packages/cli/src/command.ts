/** Where a command writes; process streams in the real command, string buffers in tests. */
export interface OutputStream {
  write(text: string): unknown;
  /** `true` when the stream is a terminal, which turns colour on. */
  isTTY?: boolean;
}

/** Everything a command touches outside its arguments, injected so tests spawn no process. */
export interface CommandIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Environment variables (`NO_COLOR` turns colour off). @default process.env */
  env?: Record<string, string | undefined>;
  /** The clock, for "today". @default () => new Date() */
  now?: () => Date;
}

/** One `goalkit <name>` subcommand, in its own module under `src/commands/`. */
export interface Command {
  /** The word after `goalkit`. */
  name: string;
  /** One line for the command list in `goalkit --help`. */
  summary: string;
  /** The full usage text printed by `goalkit <name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** Exit code for success. */
export const EXIT_OK = 0;
/** Exit code for an unexpected failure inside goalkit. */
export const EXIT_FAILURE = 1;
/** Exit code for wrong arguments or a bad input file. */
export const EXIT_USAGE = 2;
