import { COMMANDS } from "./commands";
import { EXIT, UserError, type CliIo } from "./io";

const VERSION = "0.1.0";

/** The top-level usage text: what `--help` prints, and what an unknown command is answered with. */
export function usage(): string {
  const width = Math.max(8, ...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "par-tracker — Sổ theo dõi Kế hoạch CCHC / PAR Plan Tracker",
    "",
    "Cách dùng / Usage:",
    "  par-tracker <lệnh> [tùy chọn]    par-tracker <command> [options]",
    "  par-tracker <lệnh> --help        trợ giúp cho một lệnh / help for one command",
    "",
    "Các lệnh / Commands:",
    ...(lines.length > 0 ? lines : ["  (chưa có lệnh nào / no commands yet)"]),
    "",
    "Tùy chọn chung / Global options:",
    "  -h, --help       in trợ giúp này / print this help",
    "  -v, --version    in phiên bản / print the version",
    "",
  ].join("\n");
}

/** Runs `par-tracker` with the given arguments and returns the exit status; it never throws for user errors. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Lệnh không hợp lệ / Unknown command: ${name}\n\n`);
    io.stderr(usage());
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
