/**
 * The form's text for each entry cell of a row, written so that reading it back gives the same value:
 * figures with a decimal comma (`2,5`), dates as `dd/mm/yyyy`, text as it is.
 */
import { MAX_EXCEL_SERIAL } from "../dates/excelDate";
import { showDate } from "../validation/checkEntryCell";
import { formatFigure } from "../validation/formatFigure";
import type { ActivityRow, TargetRow, TrackingCell } from "../validation/trackingWorkbook";
import { isErrorValue } from "../workbook/workbookSnapshot";
import type { EntryForm } from "./entryTypes";

function plainText(cell: TrackingCell): string {
  const value = cell.value;
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isErrorValue(value)) return value.error;
  return String(value);
}

function figureText(cell: TrackingCell): string {
  return typeof cell.value === "number" && Number.isFinite(cell.value)
    ? formatFigure(cell.value, "vi")
    : plainText(cell);
}

function dateText(cell: TrackingCell): string {
  const value = cell.value;
  return typeof value === "number" && value >= 1 && value < MAX_EXCEL_SERIAL + 1 ? showDate(value) : plainText(cell);
}

/** The form's fields for a row as it stands in the workbook. */
export function entryFormOf(
  row: { kind: "activity"; row: ActivityRow } | { kind: "target"; row: TargetRow },
): EntryForm {
  if (row.kind === "activity") {
    const c = row.row.cells;
    return {
      state: plainText(c.state),
      doneDate: dateText(c.doneDate),
      evidence: plainText(c.evidence),
      note: plainText(c.note),
    };
  }
  const c = row.row.cells;
  return {
    done: figureText(c.done),
    total: figureText(c.total),
    notApplicable: plainText(c.notApplicable),
    note: plainText(c.note),
  };
}
