/**
 * The expected units, from the `Danh mục đơn vị` sheet of the consolidating workbook (the coordinator's
 * whole-plan workbook, or any tracking workbook): the list is data a coordinator edits, never code.
 */
import type { Unit } from "../framework/types";
import { formatMessage, type Message } from "../messages/message";
import * as msg from "../messages/consolidation";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { LEVEL_LABELS, SHEET } from "../workbook/layout";
import type { WorkbookSnapshot } from "../workbook/workbookSnapshot";

export type UnitsListReading = { ok: true; units: Unit[]; warnings: Message[] } | { ok: false; message: Message };

/** Reads the units list of a workbook snapshot; rows whose level cannot be read are skipped with a warning. */
export function readUnitsList(snapshot: WorkbookSnapshot, file: string): UnitsListReading {
  const tracking = readTrackingWorkbook(snapshot);
  const located = tracking.sheets.units;
  if (!located) return { ok: false, message: formatMessage(msg.unitsSheetMissing, { file, sheet: SHEET.units }) };
  const units: Unit[] = [];
  const warnings: Message[] = [];
  for (const row of tracking.units) {
    if (row.level === null) {
      warnings.push(
        formatMessage(msg.unitLevelInvalid, {
          file,
          sheet: located.name,
          cell: row.cells.level.address ?? `A${row.row + 1}`,
          level: row.levelLabel,
          unit: row.name,
          labels: Object.values(LEVEL_LABELS).join(" / "),
        }),
      );
      continue;
    }
    units.push({ name: row.name, level: row.level, aliases: row.aliases });
  }
  if (units.length === 0) return { ok: false, message: formatMessage(msg.unitsEmpty, { file, sheet: located.name }) };
  return { ok: true, units, warnings };
}
