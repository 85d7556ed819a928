/**
 * The small pieces of SpreadsheetML that reading cell values needs, done the way exceljs 4.4 does them so
 * the fast reader and the exceljs reader give the same snapshot: the built-in number formats, which
 * formats are dates (a date cell's serial goes through a millisecond Date and back), and sliding a shared
 * formula from its master cell to another cell.
 */
import { columnIndex, columnLetters } from "../core/workbook/a1";

/** Built-in number formats (ECMA-376 §18.8.30) that exceljs names; the locale-dependent ones it leaves out. */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** True for a format that shows a date or time: after removing `[…]` and quoted text, it has y m d h s or b. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25569;
const EPOCH_1904 = EPOCH_1900 - 1462;

/**
 * A date-formatted number as a reader that goes through a JavaScript Date returns it: rounded to the
 * millisecond, in the workbook's own date system.
 */
export function dateSerialRoundTrip(value: number, date1904: boolean): number {
  const ms = Math.round((value - EPOCH_1900 + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  return ((date1904 ? EPOCH_1904 : EPOCH_1900) * MS_PER_DAY + ms) / MS_PER_DAY;
}

/** Decodes the `_xHHHH_` escapes Excel writes for characters XML cannot hold. */
export function decodeExcelEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function decode(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new RangeError(`Invalid cell address ${address}`);
  return { row: Number(match[2]), col: columnIndex(match[1]) + 1 };
}

/**
 * Moves a shared formula from its master cell to another cell: relative references shift by the offset,
 * `$`-anchored parts stay (exceljs's slideFormula, so both readers agree).
 */
export function slideFormula(formula: string, from: string, to: string): string {
  const a = decode(from);
  const b = decode(to);
  return formula.replace(
    CANDIDATE,
    (whole: string, sheet: string | undefined, _s: string, part: string, paren: string | undefined) => {
      if (paren) return whole;
      const match = CELL_REF.exec(part);
      if (!match) return whole;
      const letters = match[2].toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
      let col = columnIndex(letters) + 1;
      let row = parseInt(match[4], 10);
      if (!match[1]) col += b.col - a.col;
      if (!match[3]) row += b.row - a.row;
      // A reference slid off the sheet is left as written; Excel would show #REF! there.
      if (col < 1 || row < 1) return whole;
      return `${sheet ?? ""}${match[1] ?? ""}${columnLetters(col - 1)}${match[3] ?? ""}${row}`;
    },
  );
}
