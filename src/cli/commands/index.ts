import type { Command } from "../io";
import { frameworkCommand } from "./framework";
import { workbookCommand } from "./workbook";
import { validateCommand } from "./validate";
import { summaryCommand } from "./summary";
import { consolidateCommand } from "./consolidate";

/**
 * The registered subcommands, in the order `--help` lists them. Later issues add
 * `framework`, `workbook`, `validate`, `summary` and `consolidate`.
 */
export const COMMANDS: Command[] = [
  frameworkCommand,
  workbookCommand,
  validateCommand,
  summaryCommand,
  consolidateCommand,
];
