import type { Command } from "../io";

/**
 * The registered subcommands, in the order `--help` lists them. Later issues add
 * `framework`, `workbook`, `validate`, `summary` and `consolidate`.
 */
export const COMMANDS: Command[] = [];
