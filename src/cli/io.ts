/** What a CLI command may touch of the outside world, so tests can run commands in memory. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** True when stderr is a terminal: progress is then drawn as a bar, else as plain lines. */
  isTty: boolean;
}

/** Exit statuses shared by every command. */
export const EXIT = {
  ok: 0,
  /** The input was read but holds error findings. */
  findings: 1,
  /** Bad arguments, or input that cannot be used at all. */
  usage: 2,
} as const;

/** One subcommand of `par-tracker`. */
export interface Command {
  name: string;
  /** One line for `--help`, Vietnamese then English. */
  summary: string;
  /** Full usage text for `par-tracker <name> --help`. */
  usage: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

/** An error whose message is meant for the user (bilingual, names the file/cell); the CLI prints it and exits 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = "UserError";
  }
}
