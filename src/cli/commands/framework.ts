import { existsSync, readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { SkippedRow } from "../../core/framework/appendixDraft";
import { describeTarget } from "../../core/framework/describeTarget";
import { HA_TINH_2024_FRAMEWORK } from "../../core/framework/embeddedFramework";
import { frameworkToJson } from "../../core/framework/frameworkJson";
import type { Grid } from "../../core/framework/grid";
import { parseFramework, type FrameworkInput } from "../../core/framework/parseFramework";
import type { Framework, ParseWarning, SourceLocation } from "../../core/framework/types";
import { HA_TINH_2024_UNITS } from "../../core/framework/units";
import { bilingual, formatMessage } from "../../core/messages/message";
import {
  cliFileNotFound,
  cliFileUnreadable,
  cliNotAnAppendix,
  cliUnknownFileType,
} from "../../core/messages/framework";
import { readGrid } from "../../xlsx/readGrid";
import { EXIT, UserError, type CliIo, type Command } from "../io";

const USAGE = `par-tracker framework — in khung nhiệm vụ / print the framework

Cách dùng / Usage:
  par-tracker framework [--from FILE] [--json]

  --from FILE   đọc khung từ tệp .txt (cả kế hoạch hoặc chỉ bảng phụ lục), .tsv hoặc .xlsx
                read the framework from a .txt (whole plan or just the appendix table), .tsv or .xlsx file
                (mặc định: khung Hà Tĩnh 2024 nhúng sẵn / default: the embedded Hà Tĩnh 2024 framework)
  --json        in JSON (xem docs/framework.md) / print JSON (see docs/framework.md)

Mã thoát / Exit status: 0 đã đọc / read; 2 tham số sai hoặc tệp không dùng được / bad arguments or unusable file.
`;

/** A framework read from a file, with what the reader had to say about it. */
export interface LoadedFramework {
  framework: Framework;
  warnings: ParseWarning[];
  skipped: SkippedRow[];
}

/** Names a place in the input, in both languages: `dòng 12` / `line 12`, `ô D5, trang “Sheet1”` / `cell D5, sheet “Sheet1”`. */
export function describeLocation(location: SourceLocation | undefined): { vi: string; en: string } {
  if (location === undefined) return { vi: "", en: "" };
  if (location.cell !== undefined) {
    const sheet = location.sheet === undefined ? "" : location.sheet;
    return {
      vi: `ô ${location.cell}${sheet === "" ? "" : `, trang “${sheet}”`}`,
      en: `cell ${location.cell}${sheet === "" ? "" : `, sheet “${sheet}”`}`,
    };
  }
  if (location.line !== undefined) {
    const sheet = location.sheet === undefined ? "" : ` (${location.sheet})`;
    return { vi: `dòng ${location.line}${sheet}`, en: `line ${location.line}${sheet}` };
  }
  if (location.sheet !== undefined) return { vi: `trang “${location.sheet}”`, en: `sheet “${location.sheet}”` };
  return { vi: "", en: "" };
}

/**
 * Reads a framework from a .txt, .tsv or .xlsx file, for this command and any other that takes a
 * framework file. Throws a UserError (exit 2) naming the file, line or cell when the file is no usable appendix.
 */
export async function readFrameworkFile(path: string, cwd: string): Promise<LoadedFramework> {
  const file = resolve(cwd, path);
  if (!existsSync(file)) throw new UserError(bilingual(formatMessage(cliFileNotFound, { file: path })));
  const extension = extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(bilingual(formatMessage(cliFileUnreadable, { file: path, detail })));
  }
  let input: FrameworkInput;
  if (extension === ".xlsx") {
    const read = await readGrid(bytes, { fileName: path });
    if (!read.ok) throw new UserError(bilingual(read.message));
    input = { grid: read.grid };
  } else if (extension === ".txt" || extension === ".tsv") {
    input = { text: bytes.toString("utf8") };
  } else {
    throw new UserError(bilingual(formatMessage(cliUnknownFileType, { file: path })));
  }
  const parsed = parseFramework(input, { units: HA_TINH_2024_UNITS, defaultYear: new Date().getFullYear() });
  if (!parsed.ok) {
    const where = describeLocation(parsed.error.location ?? sheetOf(input));
    throw new UserError(
      [
        formatMessage(cliNotAnAppendix, {
          file: path,
          where: where.vi === "" ? "" : `, ${where.vi}`,
          problem: parsed.error.message.vi,
        }).vi,
        formatMessage(cliNotAnAppendix, {
          file: path,
          where: where.en === "" ? "" : `, ${where.en}`,
          problem: parsed.error.message.en,
        }).en,
      ].join("\n"),
    );
  }
  return { framework: parsed.framework, warnings: parsed.warnings, skipped: parsed.skipped };
}

function sheetOf(input: FrameworkInput): SourceLocation | undefined {
  const grid: Grid | undefined = "grid" in input ? input.grid : undefined;
  return grid?.sheet === undefined ? undefined : { sheet: grid.sheet };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** The readable summary: counts per section, every target with its parsed meaning, main targets, warnings. */
export function summarize(loaded: LoadedFramework): string {
  const { framework, warnings, skipped } = loaded;
  const lines: string[] = [];
  lines.push(`${framework.title}`);
  lines.push(`  mã / id: ${framework.id}   năm / year: ${framework.year}   phiên bản / version: ${framework.version}`);
  lines.push("");
  lines.push("Số lượng / Counts:");
  lines.push(
    `  ${pad("Phần/Section", 14)}${pad("Mục tiêu/Obj.", 15)}${pad("Nhiệm vụ/Tasks", 16)}${pad("Hoạt động/Act.", 16)}Chỉ tiêu/Targets`,
  );
  const total = { objectives: 0, tasks: 0, activities: 0, targets: 0 };
  for (const section of framework.sections) {
    const objectives = section.objectives.length;
    const tasks = section.objectives.reduce((n, o) => n + o.tasks.length, 0);
    const activities = section.objectives.reduce((n, o) => n + o.tasks.reduce((m, t) => m + t.activities.length, 0), 0);
    const targets = section.objectives.reduce((n, o) => n + o.targets.length, 0);
    total.objectives += objectives;
    total.tasks += tasks;
    total.activities += activities;
    total.targets += targets;
    lines.push(
      `  ${pad(section.id, 14)}${pad(String(objectives), 15)}${pad(String(tasks), 16)}${pad(String(activities), 16)}${targets}`,
    );
  }
  lines.push(
    `  ${pad("Tổng/Total", 14)}${pad(String(total.objectives), 15)}${pad(String(total.tasks), 16)}${pad(String(total.activities), 16)}${total.targets}`,
  );
  lines.push("");
  lines.push("Chỉ tiêu / Targets:");
  const targets = framework.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets));
  const width = Math.max(8, ...targets.map((t) => t.id.length + 2));
  for (const target of targets) lines.push(`  ${pad(target.id, width)}${describeTarget(target)}`);
  if (targets.length === 0) lines.push("  (không có / none)");
  lines.push("");
  lines.push("Chỉ tiêu chủ yếu / Main targets:");
  for (const main of framework.mainTargets) {
    const link = main.objectiveId === undefined ? "—" : main.objectiveId;
    const target = main.targetId === undefined ? "" : `  (chỉ tiêu / target ${main.targetId})`;
    lines.push(`  ${pad(main.id, 8)}→ ${link}${target}`);
  }
  if (framework.mainTargets.length === 0) lines.push("  (không có / none)");
  lines.push("");
  lines.push(`Cảnh báo / Warnings: ${warnings.length}`);
  for (const warning of warnings) {
    const where = describeLocation(warning.location);
    const prefix = [warning.itemId, where.vi === "" ? undefined : `${where.vi} / ${where.en}`]
      .filter(Boolean)
      .join(", ");
    lines.push(`  - ${prefix === "" ? "" : `[${prefix}] `}${bilingual(warning.message)}`);
  }
  lines.push(`Bỏ qua / Skipped: ${skipped.length}`);
  for (const row of skipped) {
    const where = describeLocation(row.location);
    lines.push(`  - [${where.vi} / ${where.en}] ${bilingual(row.reason)} “${row.text}”`);
  }
  return `${lines.join("\n")}\n`;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let values: { from?: string; json?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: { from: { type: "string" }, json: { type: "boolean", default: false } },
      allowPositionals: false,
    }).values;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(`Tham số không hợp lệ / Invalid arguments: ${detail}\n\n${USAGE}`);
  }
  const loaded: LoadedFramework =
    values.from === undefined
      ? { framework: HA_TINH_2024_FRAMEWORK, warnings: [], skipped: [] }
      : await readFrameworkFile(values.from, io.cwd);
  if (values.json === true) {
    io.stdout(frameworkToJson(loaded.framework));
    // stdout stays pure JSON; what the reader had to say goes to stderr.
    for (const warning of loaded.warnings) {
      const where = describeLocation(warning.location);
      io.stderr(
        `${warning.itemId ?? ""}${where.en === "" ? "" : ` (${where.vi} / ${where.en})`}: ${bilingual(warning.message)}\n`,
      );
    }
    for (const row of loaded.skipped) {
      const where = describeLocation(row.location);
      io.stderr(`${where.vi} / ${where.en}: ${bilingual(row.reason)} “${row.text}”\n`);
    }
    return EXIT.ok;
  }
  io.stdout(summarize(loaded));
  return EXIT.ok;
}

/** `par-tracker framework`: prints the embedded framework, or one read from a plan or appendix file. */
export const frameworkCommand: Command = {
  name: "framework",
  summary: "in khung nhiệm vụ (nhúng sẵn hoặc đọc từ tệp) / print the framework (embedded or from a file)",
  usage: USAGE,
  run,
};
