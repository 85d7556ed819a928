import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildConsolidationPlan } from "../../core/consolidation/buildConsolidationPlan";
import { consolidate, type ConsolidationProgress } from "../../core/consolidation/consolidate";
import { consolidationJson } from "../../core/consolidation/consolidationJson";
import type { ConsolidationResult } from "../../core/consolidation/consolidationResult";
import { readUnitsList } from "../../core/consolidation/readUnitsList";
import type { SubmissionFile } from "../../core/consolidation/submission";
import { isoToSerial } from "../../core/dates/excelDate";
import { HA_TINH_2024_UNITS } from "../../core/framework/units";
import type { Unit } from "../../core/framework/types";
import * as msg from "../../core/messages/consolidation";
import { bilingual, formatMessage, type Message } from "../../core/messages/message";
import { targetStatusLabels } from "../../core/messages/status";
import { parsePeriod } from "../../core/status/periods";
import { formatFigure } from "../../core/validation/formatFigure";
import { showDate } from "../../core/validation/checkEntryCell";
import { LEVEL_LABELS, SHEET } from "../../core/workbook/layout";
import { readSubmission } from "../../xlsx/readSubmission";
import { writePlanToXlsx } from "../../xlsx/xlsxAdapter";
import { loadFramework } from "../loadFramework";
import type { CliIo, Command } from "../io";
import { EXIT, UserError } from "../io";

const USAGE = `par-tracker consolidate — hợp nhất sổ theo dõi các đơn vị gửi về / consolidate the units' returned workbooks

Cách dùng / Usage:
  par-tracker consolidate --out FILE.xlsx [--period P] [--units FILE.xlsx] [--json] [--force]
                          [--as-of YYYY-MM-DD] [--framework FILE] INPUT...

  INPUT            tệp .xlsx hoặc thư mục (đọc cả thư mục con, bỏ qua tệp khóa ~$) / a file or a folder (read recursively)
  --out F          tệp kết quả / the consolidated workbook to write
  --period P       kỳ tổng hợp: 2024-Q1, 2024-H1, 2024-Q3, 2024 (mặc định: kỳ mà nhiều tệp ghi nhất)
                   / the period (default: the one most files report)
  --units F        danh mục đơn vị lấy từ trang "Danh mục đơn vị" của tệp này (mặc định: danh mục nhúng)
                   / the expected units, from this workbook's "Danh mục đơn vị" sheet (default: embedded list)
  --json           in kết quả dạng JSON / print the result as JSON
  --force          ghi đè tệp kết quả đã có / overwrite --out
  --as-of D        đánh giá tại ngày D thay cho ngày chốt số liệu của kỳ / judge as of D instead of the period's cut-off
  --framework F    khung từ tệp (mặc định: khung nhúng 2024) / framework from a file (default: embedded 2024)

Mã thoát / Exit status:
  0  đã hợp nhất (có thể có tệp bị từ chối, được liệt kê) / consolidated (rejected files are listed)
  2  không có tệp nào dùng được, hoặc tham số sai / nothing usable, or bad arguments

Các tệp đầu vào không bao giờ bị sửa. / Input files are never modified.
`;

const BAR_WIDTH = 30;

function fail(message: Message): never {
  throw new UserError(bilingual(message));
}

/** Every input file: a file as given, or the .xlsx files under a folder (recursively, lock files skipped), in path order. */
function collectInputs(inputs: string[], cwd: string, skip: Set<string>): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && /\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$") && !skip.has(path)) {
        found.push(path);
      }
    }
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      fail(formatMessage(msg.cliInputMissing, { input }));
    }
    if (stats.isDirectory()) walk(path);
    else found.push(path);
  }
  return [...new Set(found)];
}

async function loadUnits(file: string | undefined, cwd: string, io: CliIo): Promise<Unit[]> {
  if (file === undefined) return HA_TINH_2024_UNITS;
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    fail(formatMessage(msg.cliInputMissing, { input: file }));
  }
  const reading = await readSubmission(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, {
    sheets: [SHEET.units],
  });
  if (!reading.ok) fail(formatMessage(msg.cliUnitsUnreadable, { file, detail: bilingual(reading.message) }));
  const list = readUnitsList(reading.snapshot, file);
  if (!list.ok) fail(list.message);
  for (const warning of list.warnings) io.stderr(`${bilingual(warning)}\n`);
  return list.units;
}

function progressReporter(io: CliIo): (p: ConsolidationProgress) => void {
  let shown = -1;
  return (p) => {
    if (p.phase === "reading") {
      if (io.isTty) {
        const filled = p.total === 0 ? BAR_WIDTH : Math.round((p.done / p.total) * BAR_WIDTH);
        if (filled === shown && p.done !== p.total) return;
        shown = filled;
        const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
        io.stderr(`\r[${bar}] ${bilingual(formatMessage(msg.cliProgress, { done: p.done, total: p.total }))}`);
        if (p.done === p.total) io.stderr("\n");
      } else {
        const tenth = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
        if (tenth === shown && p.done !== p.total) return;
        shown = tenth;
        io.stderr(`${bilingual(formatMessage(msg.cliProgress, { done: p.done, total: p.total }))}\n`);
      }
    } else if (p.phase === "consolidating") {
      io.stderr(`${bilingual(msg.cliConsolidating)}\n`);
    }
  };
}

const label = (m: Message) => bilingual(m);

function figure(value: number | null, percent: boolean): string {
  if (value === null) return "—";
  return `${formatFigure(Math.round(value * 10) / 10, "vi")}${percent ? " %" : ""}`;
}

function report(result: ConsolidationResult): string {
  const counts = { included: 0, duplicate: 0, rejected: 0 };
  for (const f of result.files) counts[f.status]++;
  const lines = [label(msg.reportTitle)];
  if (result.period) lines.push(`  ${label(msg.reportPeriod)}: ${result.period.code} — ${label(result.period.label)}`);
  if (result.asOf) lines.push(`  ${label(msg.reportAsOf)}: ${showDate(isoToSerial(result.asOf))}`);
  lines.push(
    `  ${label(formatMessage(msg.reportFiles, { files: result.files.length, included: counts.included, duplicates: counts.duplicate, rejected: counts.rejected }))}`,
    `  ${label(formatMessage(msg.reportUnits, { included: result.included.length, expected: result.expectedUnits, missing: result.missing.length }))}`,
    "",
  );
  if (result.rejected.length > 0) {
    lines.push(`${label(msg.reportRejected)}: ${result.rejected.length}`);
    for (const r of result.rejected) {
      lines.push(`  ${r.file} — ${label(msg.rejectReasonLabels[r.reason])} (${r.reason})`, `    ${r.message.vi}`);
      if (r.message.en !== r.message.vi) lines.push(`    ${r.message.en}`);
    }
    lines.push("");
  }
  if (result.duplicates.length > 0) {
    lines.push(`${label(msg.reportDuplicates)}: ${result.duplicates.length}`);
    for (const d of result.duplicates) {
      lines.push(
        `  ${label(formatMessage(msg.reportDuplicateLine, { unit: d.unit, kept: d.kept, dropped: d.dropped.map((f) => `“${f}”`).join(", ") }))}`,
      );
    }
    lines.push("");
  }
  if (result.missing.length > 0) {
    lines.push(`${label(msg.reportMissing)}: ${result.missing.length}`);
    for (const u of result.missing) lines.push(`  ${u.name} (${LEVEL_LABELS[u.level]})`);
    lines.push("");
  }
  const excluded = result.included.reduce((n, s) => n + s.excluded.length, 0);
  if (excluded > 0) lines.push(label(formatMessage(msg.reportExcluded, { count: excluded })), "");
  if (result.targets.length > 0) {
    lines.push(`${label(msg.reportTargets)}:`);
    const width = Math.max(...result.targets.map((t) => t.target.id.length));
    for (const t of result.targets) {
      const p = t.province;
      const percent = t.target.measure === "percent";
      lines.push(
        `  ${t.target.id.padEnd(width)}  ${figure(p.value, percent).padStart(9)}  / ${figure(p.target, percent).padEnd(7)}  ` +
          `${label(targetStatusLabels[p.status])} — ${label(formatMessage(msg.reportTargetLine, { reported: p.reported, expected: p.expected, met: p.met, lagging: p.lagging }))}`,
      );
    }
  } else {
    lines.push(`${label(msg.reportTargets)}: ${label(msg.reportNone)}`);
  }
  return `${lines.join("\n")}\n`;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: "string" },
        period: { type: "string" },
        units: { type: "string" },
        json: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        "as-of": { type: "string" },
        framework: { type: "string" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UserError(`Tham số không hợp lệ / Invalid arguments: ${(error as Error).message}\n\n${USAGE}`);
  }
  const { values: o, positionals } = parsed;
  if (!o.out) throw new UserError(`Thiếu --out FILE.xlsx. / Missing --out FILE.xlsx.\n\n${USAGE}`);
  if (!/\.xlsx$/i.test(o.out)) fail(formatMessage(msg.cliOutNotXlsx, { file: o.out }));
  if (positionals.length === 0) {
    throw new UserError(`Cần ít nhất một tệp hoặc thư mục. / Give at least one file or folder.\n\n${USAGE}`);
  }
  if (o.period !== undefined) {
    try {
      parsePeriod(o.period);
    } catch (error) {
      throw new UserError((error as Error).message);
    }
  }
  const asOf = o["as-of"];
  if (asOf !== undefined) {
    let valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
    try {
      if (valid) isoToSerial(asOf);
    } catch {
      valid = false;
    }
    if (!valid) {
      throw new UserError(`Ngày không hợp lệ: "${asOf}" (dạng YYYY-MM-DD). / Invalid date "${asOf}" (YYYY-MM-DD).`);
    }
  }
  const out = resolve(io.cwd, o.out);
  if (existsSync(out) && !o.force) fail(formatMessage(msg.cliOutExists, { file: o.out }));
  const { framework } = await loadFramework(o.framework, io.cwd);
  const units = await loadUnits(o.units, io.cwd, io);
  const skip = new Set([out, ...(o.units === undefined ? [] : [resolve(io.cwd, o.units)])]);
  const paths = collectInputs(positionals, io.cwd, skip);
  if (paths.length === 0) fail(formatMessage(msg.cliNoInputs, { inputs: positionals.join(", ") }));

  const files: SubmissionFile[] = paths.map((path) => ({
    name: relative(io.cwd, path) || path,
    lastModified: statSync(path).mtimeMs,
    bytes: async () => {
      const buffer = await readFile(path);
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    },
  }));
  const result = await consolidate(files, {
    framework,
    units,
    period: o.period,
    asOf,
    read: (bytes, name) => readSubmission(bytes, name),
    onProgress: progressReporter(io),
  });
  io.stdout(o.json ? `${JSON.stringify(consolidationJson(result), null, 2)}\n` : report(result));
  if (result.included.length === 0) {
    io.stderr(`${bilingual(msg.cliNothingUsable)}\n`);
    return EXIT.usage;
  }
  const plan = buildConsolidationPlan(result, {
    framework,
    units,
    utcOffsetMinutes: -new Date().getTimezoneOffset(),
  });
  const bytes = await writePlanToXlsx(plan, (warning) => io.stderr(`${bilingual(warning)}\n`));
  if (existsSync(out) && !o.force) fail(formatMessage(msg.cliOutExists, { file: o.out }));
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bytes);
  } catch (error) {
    fail(formatMessage(msg.cliWriteFailed, { file: o.out, detail: (error as Error).message.split("\n")[0] }));
  }
  io.stderr(
    `${bilingual(
      formatMessage(msg.cliWritten, {
        file: o.out,
        included: result.included.length,
        duplicates: result.duplicates.reduce((n, d) => n + d.dropped.length, 0),
        rejected: result.rejected.length,
        missing: result.missing.length,
      }),
    )}\n`,
  );
  return EXIT.ok;
}

export const consolidateCommand: Command = {
  name: "consolidate",
  summary: "hợp nhất sổ theo dõi các đơn vị gửi về / consolidate the units' returned workbooks",
  usage: USAGE,
  run,
};
