import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isoToSerial } from "../../core/dates/excelDate";
import { bilingual, formatMessage, type Message } from "../../core/messages/message";
import { activityStatusLabels, targetStatusLabels } from "../../core/messages/status";
import * as msg from "../../core/messages/validation";
import { ACTIVITY_STATUSES, TARGET_STATUSES } from "../../core/status/statusTypes";
import { showDate } from "../../core/validation/checkEntryCell";
import type { Finding } from "../../core/validation/finding";
import { validateWorkbook, type ValidationResult } from "../../core/validation/validateWorkbook";
import { LEVEL_LABELS, SHEET } from "../../core/workbook/layout";
import { openXlsx } from "../../xlsx/openXlsx";
import { loadFramework } from "../loadFramework";
import type { CliIo, Command } from "../io";
import { EXIT, UserError } from "../io";

const USAGE = `par-tracker validate — kiểm tra sổ theo dõi đã điền / validate a filled tracking workbook

Cách dùng / Usage:
  par-tracker validate FILE.xlsx [--as-of YYYY-MM-DD] [--json] [--framework FILE]

  --as-of D        đánh giá tại ngày D thay cho Ngày chốt số liệu của sổ / judge as of D instead of the workbook's date
  --json           in kết quả dạng JSON / print the result as JSON
  --framework F    so với khung từ tệp (mặc định: khung nhúng 2024) / compare with this framework (default: embedded 2024)

Mã thoát / Exit status:
  0  không có lỗi (có thể có cảnh báo) / no errors (warnings allowed)
  1  có lỗi cần sửa / errors to correct
  2  tệp không dùng được (không phải .xlsx, không phải sổ theo dõi, có mật khẩu, bị hỏng) / unusable file

Tệp không bao giờ bị sửa. / The file is never modified.
`;

/** The JSON printed by `--json`: a stable contract (docs/validation.md). */
export interface ValidateJson {
  file: string;
  unit: string | null;
  level: "province" | "district" | "commune" | null;
  period: string | null;
  asOf: string | null;
  targets: { id: string; status: string | null; value: number | null; target: number | null }[];
  activities: { id: string; status: string | null; due: string | null }[];
  findings: {
    severity: "error" | "warning";
    code: string;
    message: string;
    sheet: string | null;
    cell: string | null;
    id: string | null;
  }[];
}

function toJson(file: string, result: ValidationResult): ValidateJson {
  const { info } = result.workbook;
  return {
    file,
    unit: info.unit,
    level: info.level,
    period: info.period,
    asOf: result.evaluation.asOf,
    targets: result.evaluation.targets.map((t) => ({ id: t.id, status: t.status, value: t.value, target: t.target })),
    activities: result.evaluation.activities.map((a) => ({ id: a.id, status: a.status, due: a.due })),
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      message: bilingual(f.message),
      sheet: f.sheet,
      cell: f.cell,
      id: f.id,
    })),
  };
}

const label = (m: Message) => bilingual(m);

function isoToShown(iso: string | null): string | null {
  if (iso === null) return null;
  try {
    return showDate(isoToSerial(iso));
  } catch {
    return iso;
  }
}

function counts<S extends string>(statuses: (S | null)[], order: readonly S[], labels: Record<S, Message>): string[] {
  const tally = new Map<S | null, number>();
  for (const s of statuses) tally.set(s, (tally.get(s) ?? 0) + 1);
  const lines = order.filter((s) => tally.has(s)).map((s) => `  ${label(labels[s])}: ${tally.get(s)}`);
  if (tally.has(null)) lines.push(`  ${label(msg.reportUnknown)}: ${tally.get(null)}`);
  return lines;
}

function findingLines(findings: Finding[]): string[] {
  const lines: string[] = [];
  let sheet: string | null | undefined;
  for (const f of findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push(`  ${sheet ?? label(msg.reportWholeFile)}`);
    }
    lines.push(`    ${(f.cell ?? "—").padEnd(6)} ${f.message.vi}`);
    if (f.message.en !== f.message.vi) lines.push(`    ${"".padEnd(6)} ${f.message.en}`);
  }
  return lines;
}

function toText(file: string, result: ValidationResult, asOfOverride: string | undefined): string {
  const { info } = result.workbook;
  const { evaluation } = result;
  const unknown = label(msg.reportUnknown);
  const unit =
    info.unit === null
      ? label(msg.reportWholePlan)
      : `${info.unit} (${info.levelLabel ?? (info.level ? LEVEL_LABELS[info.level] : unknown)})`;
  const period = evaluation.period
    ? `${evaluation.period.code} — ${label(evaluation.period.label)}`
    : (info.period ?? unknown);
  let asOf = isoToShown(evaluation.asOf) ?? unknown;
  if (asOfOverride !== undefined) {
    asOf += ` (${label(formatMessage(msg.reportAsOfOverridden, { date: isoToShown(info.asOf) ?? unknown }))})`;
  }
  const errors = result.findings.filter((f) => f.severity === "error");
  const warnings = result.findings.filter((f) => f.severity === "warning");
  const lines = [
    label(msg.reportTitle),
    `  ${label(msg.reportFile)}: ${file}`,
    `  ${label(msg.reportUnit)}: ${unit}`,
    `  ${label(msg.reportPeriod)}: ${period}`,
    `  ${label(msg.reportAsOf)}: ${asOf}`,
    "",
    `${label(msg.reportTargets)}: ${evaluation.targets.length}`,
    ...counts(
      evaluation.targets.map((t) => t.status),
      TARGET_STATUSES,
      targetStatusLabels,
    ),
    `${label(msg.reportActivities)}: ${evaluation.activities.length}`,
    ...counts(
      evaluation.activities.map((a) => a.status),
      ACTIVITY_STATUSES,
      activityStatusLabels,
    ),
    "",
  ];
  if (errors.length > 0) lines.push(`${label(msg.reportErrors)}: ${errors.length}`, ...findingLines(errors), "");
  if (warnings.length > 0)
    lines.push(`${label(msg.reportWarnings)}: ${warnings.length}`, ...findingLines(warnings), "");
  if (result.findings.length === 0) lines.push(label(msg.reportNoFindings));
  lines.push(label(formatMessage(msg.reportSummary, { errors: errors.length, warnings: warnings.length })));
  return `${lines.join("\n")}\n`;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        "as-of": { type: "string" },
        json: { type: "boolean", default: false },
        framework: { type: "string" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UserError(`Tham số không hợp lệ / Invalid arguments: ${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UserError(`Cần đúng một tệp .xlsx. / Give exactly one .xlsx file.\n\n${USAGE}`);
  }
  const file = positionals[0];
  const asOf = values["as-of"];
  if (asOf !== undefined) {
    let valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
    try {
      if (valid) isoToSerial(asOf);
    } catch {
      valid = false;
    }
    if (!valid) throw new UserError(bilingual(formatMessage(msg.asOfInvalid, { text: asOf })));
  }
  const { framework } = await loadFramework(values.framework, io.cwd);

  const path = resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error("not a file");
    bytes = readFileSync(path);
  } catch {
    throw new UserError(bilingual(formatMessage(msg.fileNotFound, { file })));
  }
  const opened = await openXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
  if (!opened.ok) throw new UserError(bilingual(opened.message));
  let result: ValidationResult;
  try {
    result = validateWorkbook(await opened.adapter.readSnapshot(), { framework, asOf });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UserError(`${file}: ${detail}`);
  }
  if (!result.workbook.usable) {
    throw new UserError(
      bilingual(formatMessage(msg.notTrackingWorkbook, { file, activities: SHEET.activities, targets: SHEET.targets })),
    );
  }
  io.stdout(values.json ? `${JSON.stringify(toJson(file, result), null, 2)}\n` : toText(file, result, asOf));
  return result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "kiểm tra sổ theo dõi đã điền / validate a filled tracking workbook",
  usage: USAGE,
  run,
};
