/**
 * What one exceljs cell holds, in the snapshot's terms: dates back to serial numbers, rich text and
 * hyperlinks flattened to their text, formulas with their leading `=` and their cached result.
 */
import { ValueType, type Cell, type CellRichTextValue, type CellValue } from "exceljs";
import type { SnapshotValue } from "../core/workbook/workbookSnapshot";
import { stripFunctionPrefixes } from "./formulaPrefixes";

const MS_PER_DAY = 86400000;
/** Days from Excel's day 0 to 1970-01-01, in the 1900 and the 1904 date systems. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 25569 - 1462;

/**
 * The Excel serial of a Date exceljs made from a date-formatted number. exceljs rounds to the
 * millisecond; one division of whole milliseconds returns the double closest to the serial written.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  return ((date1904 ? EPOCH_1904 : EPOCH_1900) * MS_PER_DAY + date.getTime()) / MS_PER_DAY;
}

function flatten(value: CellRichTextValue | string): string {
  return typeof value === "string" ? value : value.richText.map((run) => run.text).join("");
}

function plainValue(value: CellValue, date1904: boolean): SnapshotValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return flatten(value);
  if ("hyperlink" in value) return flatten(value.text as CellRichTextValue | string);
  return null;
}

export interface CellReading {
  value: SnapshotValue;
  formula?: string;
}

/** Reads a cell's value (and formula). A merged cell other than the top-left one reads as empty. */
export function readCellValue(cell: Cell, date1904: boolean): CellReading {
  if (cell.type === ValueType.Merge) return { value: null };
  if (cell.type === ValueType.Formula) {
    // cell.result, not cell.value.result: exceljs 4.4's value getter drops a cached result that is
    // falsy (0, "", FALSE), so a computed 0 would read back as blank.
    const cached = (cell as unknown as { result?: CellValue }).result;
    const formula = cell.formula;
    const result = plainValue(cached ?? null, date1904);
    if (formula === undefined || formula === "") return { value: result };
    return { value: result, formula: `=${stripFunctionPrefixes(formula)}` };
  }
  return { value: plainValue(cell.value, date1904) };
}
