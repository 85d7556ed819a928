/**
 * `Nhật ký hợp nhất`: every input file on one row — included, a duplicate (naming the copy kept) or
 * rejected with its reason — with the unit, period and last-modified time; under it, one row per note
 * (another framework version, unknown IDs, errors in the workbook) and per entry left out, with the
 * sheet and cell. Everything read from the files is written as text.
 */
import { bilingual } from "../messages/message";
import { statusColours } from "../status/statusColours";
import { LEVEL_LABELS } from "../workbook/layout";
import { STYLE } from "../workbook/sheetStyles";
import type { PlanCell, SheetPlan } from "../workbook/workbookPlan";
import { rangeAddress } from "../workbook/a1";
import {
  CONSOLIDATION_FIRST_ROW,
  CONSOLIDATION_SHEET,
  LOG_COLUMNS,
  LOG_OUTCOME_LABELS,
  columnIndexOf,
  type LogKey,
} from "./consolidationLayout";
import type { ConsolidationResult, FileRecord } from "./consolidationResult";
import { finishSheet, numberCell, textCell, titledSheet } from "./consolidationSheetParts";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/** An Excel date-time serial for a millisecond time, shown in the given time zone. */
export function timeToSerial(ms: number, offsetMinutes: number): number {
  return (ms + offsetMinutes * 60_000) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function logRows(record: FileRecord, offsetMinutes: number): { cells: PlanCell[]; main: boolean }[] {
  const base = (outcome: string, values: Partial<Record<LogKey, PlanCell>>): PlanCell[] => {
    const all: Record<LogKey, PlanCell> = {
      file: textCell(record.file),
      unit: textCell(record.unit),
      level: textCell(record.level === null ? "" : LEVEL_LABELS[record.level]),
      period: textCell(record.period),
      modified: numberCell(
        Number.isFinite(record.lastModified) ? timeToSerial(record.lastModified, offsetMinutes) : null,
      ),
      outcome: textCell(outcome),
      reason: textCell(""),
      sheet: textCell(""),
      cell: textCell(""),
      item: textCell(""),
      detail: textCell(""),
      ...values,
    };
    return LOG_COLUMNS.map((c) => all[c.key]);
  };
  const rows = [
    {
      main: true,
      cells: base(LOG_OUTCOME_LABELS[record.status], {
        reason: textCell(record.reason ?? ""),
        detail: textCell(record.message ? bilingual(record.message) : ""),
      }),
    },
  ];
  for (const note of record.notes) {
    rows.push({
      main: false,
      cells: base(LOG_OUTCOME_LABELS.note, {
        reason: textCell(note.code),
        sheet: textCell(note.sheet),
        cell: textCell(note.cell),
        detail: textCell(bilingual(note.message)),
      }),
    });
  }
  for (const entry of record.excluded) {
    rows.push({
      main: false,
      cells: base(LOG_OUTCOME_LABELS.excluded, {
        reason: textCell(entry.code),
        sheet: textCell(entry.sheet),
        cell: textCell(entry.cell),
        item: textCell(entry.id),
        detail: textCell(bilingual(entry.message)),
      }),
    });
  }
  return rows;
}

/** Builds the `Nhật ký hợp nhất` sheet; times are shown at `offsetMinutes` from UTC. */
export function buildConsolidationLogSheet(
  result: ConsolidationResult,
  subtitle: string,
  offsetMinutes: number,
): SheetPlan {
  const columns = LOG_COLUMNS;
  const width = columns.length;
  const counts = { included: 0, duplicate: 0, rejected: 0 };
  for (const f of result.files) counts[f.status]++;
  const sheet = titledSheet(
    CONSOLIDATION_SHEET.log,
    "#595959",
    `NHẬT KÝ HỢP NHẤT: ${result.files.length} TỆP — ${counts.included} ĐƯA VÀO, ${counts.duplicate} TRÙNG, ${counts.rejected} BỊ TỪ CHỐI`,
    subtitle,
    columns,
    1,
  );
  const rows = result.files.flatMap((f) => logRows(f, offsetMinutes));
  if (rows.length > 0) sheet.blocks.push({ row: CONSOLIDATION_FIRST_ROW, col: 0, cells: rows.map((r) => r.cells) });
  finishSheet(sheet, width, rows.length);
  const modified = columnIndexOf(columns, "modified");
  if (rows.length > 0) {
    sheet.styles.push({
      range: rangeAddress(CONSOLIDATION_FIRST_ROW, modified, rows.length, 1),
      style: { numberFormat: "dd/mm/yyyy hh:mm", horizontalAlignment: "center" },
    });
  }
  const outcome = columnIndexOf(columns, "outcome");
  const fills: Record<string, { fill: string; fontColor: string }> = {
    [LOG_OUTCOME_LABELS.rejected]: { fill: statusColours.red.fill, fontColor: statusColours.red.font },
    [LOG_OUTCOME_LABELS.duplicate]: { fill: statusColours.amber.fill, fontColor: statusColours.amber.font },
  };
  rows.forEach((r, i) => {
    if (!r.main) return;
    const range = rangeAddress(CONSOLIDATION_FIRST_ROW + i, 0, 1, width);
    sheet.styles.push({ range, style: STYLE.label });
    const fill = fills[String(r.cells[outcome].value)];
    if (fill) sheet.styles.push({ range, style: fill });
  });
  return sheet;
}
