import { readFileSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import type { Framework, ParseWarning } from "../core/framework/types";
import { HA_TINH_2024_FRAMEWORK } from "../core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../core/framework/units";
import { parseFramework, type FrameworkParseResult } from "../core/framework/parseFramework";
import type { SkippedRow } from "../core/framework/appendixDraft";
import { bilingual } from "../core/messages/message";
import { readGrid } from "../xlsx/readGrid";
import { UserError } from "./io";

export interface LoadedFramework {
  framework: Framework;
  warnings: ParseWarning[];
  /** Source rows the parser skipped, with where they were. */
  skipped: SkippedRow[];
  /** The file it came from; undefined for the embedded framework. */
  file?: string;
}

function where(location: { line?: number; cell?: string; sheet?: string } | undefined): string {
  if (!location) return "";
  const parts = [location.sheet ? `trang/sheet ${location.sheet}` : "", location.cell ? `ô/cell ${location.cell}` : ""];
  if (location.line !== undefined) parts.push(`dòng/line ${location.line}`);
  return parts.filter(Boolean).join(", ");
}

/**
 * Loads the framework a command works on: the embedded 2024 framework when no file is given, else the
 * appendix parsed from a `.txt` (whole plan or table), `.tsv` or `.xlsx` file. Unusable input raises a
 * UserError naming the file and the line or cell, so every command reports it the same way (exit 2).
 */
export async function loadFramework(file: string | undefined, cwd: string): Promise<LoadedFramework> {
  if (file === undefined) return { framework: HA_TINH_2024_FRAMEWORK, warnings: [], skipped: [] };
  const path = resolve(cwd, file);
  try {
    if (!statSync(path).isFile()) throw new Error("not a file");
  } catch {
    throw new UserError(`Không đọc được tệp: ${file} / Cannot read the file: ${file}`);
  }
  const ext = extname(path).toLowerCase();
  let result: FrameworkParseResult;
  if (ext === ".xlsx") {
    const grid = await readGrid(readFileSync(path), { fileName: file });
    if (!grid.ok) throw new UserError(`${file}: ${bilingual(grid.message)}`);
    result = parseFramework({ grid: grid.grid }, { units: HA_TINH_2024_UNITS });
  } else if (ext === ".txt" || ext === ".tsv") {
    const bytes = readFileSync(path);
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
    result = parseFramework({ text }, { units: HA_TINH_2024_UNITS });
  } else {
    throw new UserError(
      `Định dạng không hỗ trợ: ${file} (dùng .txt, .tsv hoặc .xlsx). / Unsupported file type: ${file} (use .txt, .tsv or .xlsx).`,
    );
  }
  if (!result.ok) {
    const at = where(result.error.location);
    throw new UserError(`${file}${at ? ` (${at})` : ""}: ${bilingual(result.error.message)}`);
  }
  return { framework: result.framework, warnings: result.warnings, skipped: result.skipped, file };
}
