import { HA_TINH_2024_FRAMEWORK } from "../core/framework/embeddedFramework";
import type { Framework } from "../core/framework/types";
import { readFrameworkFile } from "./commands/framework";

/**
 * The framework a command works on: the embedded 2024 framework when no file is given, else the appendix
 * read by `framework --from` (so every command accepts exactly what that command accepts, and reports an
 * unusable file the same way: a UserError naming the file and the line or cell, exit 2).
 */
export async function loadFramework(file: string | undefined, cwd: string): Promise<{ framework: Framework }> {
  if (file === undefined) return { framework: HA_TINH_2024_FRAMEWORK };
  return readFrameworkFile(file, cwd);
}
