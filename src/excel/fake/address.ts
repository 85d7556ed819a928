import { GridRect, MAX_COLUMNS, MAX_ROWS, isEntireColumns, isEntireRows, lastColumn, lastRow } from "./gridRect";

/** What an A1-style address names: the optional sheet, the cells, and how it was written. */
export interface ParsedAddress {
  /** The sheet name from a `Sheet!` or `'Sheet name'!` prefix, unescaped; undefined when unqualified. */
  readonly sheetName?: string;
  readonly rect: GridRect;
  /** "columns" for `A:C`, "rows" for `1:3`, "cells" otherwise. */
  readonly kind: "cells" | "columns" | "rows";
}

/** Zero-based column index to letters: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnIndexToLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLUMNS) {
    throw new RangeError(`Column index ${index} is outside A..XFD`);
  }
  let letters = "";
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** Column letters (any case) to a zero-based index, or null when they are not a column inside A..XFD. */
export function columnLettersToIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let value = 0;
  for (const char of letters.toUpperCase()) value = value * 26 + (char.charCodeAt(0) - 64);
  return value <= MAX_COLUMNS ? value - 1 : null;
}

function rowNumberToIndex(digits: string): number | null {
  if (!/^\d{1,7}$/.test(digits)) return null;
  const row = Number(digits);
  return row >= 1 && row <= MAX_ROWS ? row - 1 : null;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; column: number } | null {
  const match = CELL.exec(text);
  if (!match) return null;
  const column = columnLettersToIndex(match[1]);
  const row = rowNumberToIndex(match[2]);
  return column === null || row === null ? null : { row, column };
}

/** Splits `Sheet!A1` / `'It''s'!A1` into sheet name and local part; null when the quoting is malformed. */
function splitSheet(text: string): { sheetName?: string; local: string } | null {
  if (text.startsWith("'")) {
    let name = "";
    let i = 1;
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== "!" || name === "") return null;
    return { sheetName: name, local: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  const sheetName = text.slice(0, bang);
  return sheetName === "" || sheetName.includes("'") ? null : { sheetName, local: text.slice(bang + 1) };
}

/**
 * Parses an A1-style address as Worksheet.getRange accepts it: "B2", "A1:D10" (corners in any order),
 * "$A$1", whole columns "A:C", whole rows "1:3", each optionally qualified by "Sheet!" or "'Sheet name'!".
 * Returns null for anything else (R1C1, names, unions), which callers turn into Excel's InvalidArgument.
 */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address.trim());
  if (!split) return null;
  const parts = split.local.split(":");
  if (parts.length > 2 || parts.some((part) => part === "")) return null;
  const first = parts[0];
  const second = parts.length === 2 ? parts[1] : parts[0];
  const withSheet = (rect: GridRect, kind: ParsedAddress["kind"]): ParsedAddress =>
    split.sheetName === undefined ? { rect, kind } : { sheetName: split.sheetName, rect, kind };

  const a = parseCell(first);
  const b = parseCell(second);
  if (a && b) {
    const row = Math.min(a.row, b.row);
    const column = Math.min(a.column, b.column);
    const rect = {
      row,
      column,
      rowCount: Math.max(a.row, b.row) - row + 1,
      columnCount: Math.max(a.column, b.column) - column + 1,
    };
    return withSheet(rect, "cells");
  }
  if (parts.length !== 2) return null;

  const columnA = COLUMN.exec(first);
  const columnB = COLUMN.exec(second);
  if (columnA && columnB) {
    const c1 = columnLettersToIndex(columnA[1]);
    const c2 = columnLettersToIndex(columnB[1]);
    if (c1 === null || c2 === null) return null;
    const column = Math.min(c1, c2);
    return withSheet({ row: 0, column, rowCount: MAX_ROWS, columnCount: Math.max(c1, c2) - column + 1 }, "columns");
  }
  const rowA = ROW.exec(first);
  const rowB = ROW.exec(second);
  if (rowA && rowB) {
    const r1 = rowNumberToIndex(rowA[1]);
    const r2 = rowNumberToIndex(rowB[1]);
    if (r1 === null || r2 === null) return null;
    const row = Math.min(r1, r2);
    return withSheet({ row, column: 0, rowCount: Math.max(r1, r2) - row + 1, columnCount: MAX_COLUMNS }, "rows");
  }
  return null;
}

/** True when Excel writes the sheet name in an address without quotes. */
function isPlainSheetName(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return false;
  // Names that read as a cell (A1, XFD9) or an R1C1 reference (R, C, R1C1) must be quoted.
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  return !/^(R\d*C?\d*|C\d*)$/i.test(name);
}

/** The sheet prefix as Excel prints it: `Sheet1!` or `'Thông tin'!` (inner quotes doubled). */
export function sheetPrefix(sheetName: string): string {
  return isPlainSheetName(sheetName) ? `${sheetName}!` : `'${sheetName.replace(/'/g, "''")}'!`;
}

/**
 * Formats a rect the way Range.address reports it: "A1", "A1:B2", "A:C" for whole columns, "1:3" for whole
 * rows; `absolute` adds `$` as in defined-name formulas; a sheet name makes it qualified.
 */
export function formatAddress(rect: GridRect, options: { sheetName?: string; absolute?: boolean } = {}): string {
  const d = options.absolute ? "$" : "";
  let local: string;
  if (isEntireRows(rect)) {
    local = `${d}${rect.row + 1}:${d}${lastRow(rect) + 1}`;
  } else if (isEntireColumns(rect)) {
    local = `${d}${columnIndexToLetters(rect.column)}:${d}${columnIndexToLetters(lastColumn(rect))}`;
  } else {
    const start = `${d}${columnIndexToLetters(rect.column)}${d}${rect.row + 1}`;
    const end = `${d}${columnIndexToLetters(lastColumn(rect))}${d}${lastRow(rect) + 1}`;
    local = rect.rowCount === 1 && rect.columnCount === 1 ? start : `${start}:${end}`;
  }
  return options.sheetName === undefined ? local : sheetPrefix(options.sheetName) + local;
}
