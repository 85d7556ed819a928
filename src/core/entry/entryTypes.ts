/**
 * The plain data the entry form, its list and the workbook adapters exchange: which row, which entry
 * fields, and the values a write puts into them. No API objects cross this boundary, so the pane stays
 * testable with fakes and src/excel stays the only place that talks to Excel.
 */
import type { ActivityColumnKey, TargetColumnKey } from "../workbook/layout";

/** A row of a sheet: the sheet's name and the 0-based row (Excel's row number − 1). */
export interface SheetRow {
  sheet: string;
  row: number;
}

/** An activity row of `Khung nhiệm vụ` or a target row of `Chỉ tiêu`. */
export type EntryKind = "activity" | "target";

/** The entry columns of `Khung nhiệm vụ`: Tình trạng, Ngày hoàn thành, Minh chứng, Ghi chú. */
export type ActivityEntryKey = Extract<ActivityColumnKey, "state" | "doneDate" | "evidence" | "note">;
/** The entry columns of `Chỉ tiêu`: Thực hiện, Tổng số, Không phát sinh, Ghi chú. */
export type TargetEntryKey = Extract<TargetColumnKey, "done" | "total" | "notApplicable" | "note">;
export type EntryKey = ActivityEntryKey | TargetEntryKey;

/**
 * What a write puts into an entry cell: a number (a figure, or a date as its Excel serial), text (always
 * stored as text, never as a formula), or null to empty the cell.
 */
export type EntryValue = number | string | null;

/** The cells of one row to write, by entry column; absent keys are left as they are. */
export type EntryValues = Partial<Record<EntryKey, EntryValue>>;

/** The form's fields as typed (text), by entry column. */
export type EntryForm = Partial<Record<EntryKey, string>>;
