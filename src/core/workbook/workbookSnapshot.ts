/**
 * WorkbookSnapshot: what a reader (src/excel or src/xlsx) hands back to core after reading a workbook.
 * Core validates, reloads and consolidates from snapshots, never from an API object.
 */

/** An Excel error value such as `#DIV/0!`, `#REF!`, `#VALUE!`. */
export interface ErrorValue {
  error: string;
}

/** Dates arrive as Excel serial numbers; `numberFormat` tells a date from a number. */
export type SnapshotValue = string | number | boolean | null | ErrorValue;

export interface SnapshotCell {
  /** The value as stored or, for a formula, as last calculated (null when never calculated). */
  value: SnapshotValue;
  /** Present when the cell holds a formula, with its leading `=`. */
  formula?: string;
  numberFormat?: string;
}

export interface SheetSnapshot {
  name: string;
  /** Dense rows from A1 to the used range's bottom-right corner; missing cells are `{ value: null }`. */
  rows: SnapshotCell[][];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Workbook-scope defined names → their reference, e.g. `'Thông tin'!$B$6`. */
  names: Record<string, string>;
}

/** True when a snapshot value is an Excel error value. */
export function isErrorValue(value: SnapshotValue): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}
