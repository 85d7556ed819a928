/**
 * Turns the values of a write into the cells to write, refusing anything that is not an entry cell: the
 * pane may only ever change Tình trạng … Ghi chú / Thực hiện … Ghi chú, never the framework, formula or
 * technical columns, whatever a caller passes.
 */
import { formatMessage } from "../messages/message";
import * as msg from "../messages/entryView";
import { ACTIVITY_COLUMNS, TARGET_COLUMNS } from "../workbook/layout";
import { EntryError } from "./entryError";
import { entryKeys } from "./entryKeys";
import type { EntryKey, EntryKind, EntryValue, EntryValues } from "./entryTypes";

/** One cell of a write: its column (0-based) and what goes in it. */
export interface EntryCellWrite {
  key: EntryKey;
  col: number;
  value: EntryValue;
}

function headerOf(kind: EntryKind, key: string): string {
  const [own, other] = kind === "activity" ? [ACTIVITY_COLUMNS, TARGET_COLUMNS] : [TARGET_COLUMNS, ACTIVITY_COLUMNS];
  const column: { header: string } | undefined = own.find((c) => c.key === key) ?? other.find((c) => c.key === key);
  return column?.header ?? key;
}

/**
 * The cells to write for `values` on a row of `kind`, given where each column was found by its header
 * (−1 or absent when missing). Throws an EntryError naming the sheet and column for a key that is not an
 * entry column of that sheet, a column that is missing, or a number that no cell can hold.
 */
export function entryWrites(
  kind: EntryKind,
  sheet: string,
  columns: Partial<Record<string, number>>,
  values: EntryValues,
): EntryCellWrite[] {
  const allowed = entryKeys(kind);
  const writes: EntryCellWrite[] = [];
  for (const [key, value] of Object.entries(values) as [string, EntryValue | undefined][]) {
    if (value === undefined) continue;
    if (!(allowed as readonly string[]).includes(key)) {
      throw new EntryError(formatMessage(msg.writeNotEntryColumn, { sheet, column: headerOf(kind, key) }));
    }
    const col = columns[key];
    if (col === undefined || col < 0) {
      throw new EntryError(formatMessage(msg.writeColumnMissing, { sheet, column: headerOf(kind, key) }));
    }
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new EntryError(formatMessage(msg.writeNumberInvalid, { sheet, column: headerOf(kind, key) }));
    }
    writes.push({ key: key as EntryKey, col, value });
  }
  return writes.sort((a, b) => a.col - b.col);
}
