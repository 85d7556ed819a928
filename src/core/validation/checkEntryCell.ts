/**
 * Checks one entry cell (a cell people type into) and reads it tolerantly: error values and formulas
 * are flagged, text that means a number or a date is read the Vietnamese way and flagged with the
 * reading, anything else unreadable is flagged. The readings feed the row checks that follow.
 */
import { MAX_EXCEL_SERIAL } from "../dates/excelDate";
import { serialToIso } from "../dates/excelDate";
import * as msg from "../messages/validation";
import { excelTrim } from "../status/evaluate";
import { isErrorValue } from "../workbook/workbookSnapshot";
import type { FindingSink } from "./findingSink";
import { formatFigure } from "./formatFigure";
import { parseViDate } from "./parseViDate";
import { parseViNumber } from "./parseViNumber";
import type { TrackingCell } from "./trackingWorkbook";

/** Where a cell is, for messages: its sheet, the row's ID and the column's header. */
export interface EntryPlace {
  sheet: string;
  id: string | null;
  /** The column's header text, as in the workbook (`Thực hiện`). */
  column: string;
}

export type NumberEntry =
  | { kind: "blank" }
  /** A number, or text read as one (`fromText`); `percentSign` when the text ended with `%`. */
  | { kind: "number"; value: number; fromText: boolean; percentSign: boolean }
  | { kind: "unusable" };

export type DateEntry = { kind: "blank" } | { kind: "date"; serial: number; fromText: boolean } | { kind: "unusable" };

/** Empty as the workbook's rules see it: blank, or text of spaces only. */
export function isBlankValue(cell: TrackingCell): boolean {
  const value = cell.value;
  return value === null || (typeof value === "string" && excelTrim(value) === "");
}

/** How a value reads in a message. */
export function shownText(cell: TrackingCell): string {
  const value = cell.value;
  if (value === null) return "";
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isErrorValue(value)) return value.error;
  return String(value);
}

/**
 * Flags an error value (#DIV/0!, #REF!, …, or a number no spreadsheet can hold) and a formula typed
 * into an entry cell. Returns false when the cell holds an error, whose value cannot be used.
 */
export function checkEntryCell(cell: TrackingCell, place: EntryPlace, sink: FindingSink): boolean {
  if (cell.address === null) return false;
  const at = { sheet: place.sheet, address: cell.address, id: place.id };
  if (cell.formula !== undefined) {
    const formula = cell.formula.length > 80 ? `${cell.formula.slice(0, 79)}…` : cell.formula;
    sink.add("entry.formula", msg.entryFormula, at, { column: place.column, formula });
  }
  const value = cell.value;
  if (isErrorValue(value) || (typeof value === "number" && !Number.isFinite(value))) {
    const error = isErrorValue(value) ? value.error : "#NUM!";
    sink.add("cell.errorValue", msg.cellErrorValue, at, { column: place.column, error });
    return false;
  }
  return true;
}

/** Reads a number cell (Thực hiện, Tổng số), flagging text, booleans and negative figures. */
export function readNumberEntry(cell: TrackingCell, place: EntryPlace, sink: FindingSink): NumberEntry {
  if (!checkEntryCell(cell, place, sink) || cell.address === null) return { kind: "unusable" };
  if (isBlankValue(cell)) return { kind: "blank" };
  const at = { sheet: place.sheet, address: cell.address, id: place.id };
  const value = cell.value;
  let reading: { value: number; fromText: boolean; percentSign: boolean };
  if (typeof value === "number") {
    reading = { value, fromText: false, percentSign: false };
  } else if (typeof value === "string") {
    const parsed = parseViNumber(value);
    if (!parsed) {
      sink.add("number.notNumber", msg.numberNotNumber, at, { column: place.column, text: shownText(cell) });
      return { kind: "unusable" };
    }
    const suffix = parsed.percent ? "%" : "";
    sink.add(
      "number.text",
      parsed.style === "vi" ? msg.numberText : msg.numberTextEnglish,
      at,
      { column: place.column, text: shownText(cell) },
      {
        vi: { viValue: `${formatFigure(parsed.value, "vi")}${suffix}` },
        en: { enValue: `${formatFigure(parsed.value, "en")}${suffix}` },
      },
    );
    reading = { value: parsed.value, fromText: true, percentSign: parsed.percent };
  } else {
    sink.add("number.notNumber", msg.numberNotNumber, at, { column: place.column, text: shownText(cell) });
    return { kind: "unusable" };
  }
  if (reading.value < 0) {
    sink.add(
      "number.negative",
      msg.numberNegative,
      at,
      { column: place.column },
      { vi: { viValue: formatFigure(reading.value, "vi") }, en: { enValue: formatFigure(reading.value, "en") } },
    );
    return { kind: "unusable" };
  }
  return { kind: "number", ...reading };
}

/** `dd/mm/yyyy` for messages (both languages: it is how the workbook shows dates). */
export function showDate(serial: number): string {
  try {
    const [y, m, d] = serialToIso(serial).split("-");
    return `${d}/${m}/${y}`;
  } catch {
    return String(serial);
  }
}

/** Reads a date cell (Ngày hoàn thành): a date serial, or text read day-first and flagged. */
export function readDateEntry(cell: TrackingCell, place: EntryPlace, sink: FindingSink): DateEntry {
  if (!checkEntryCell(cell, place, sink) || cell.address === null) return { kind: "unusable" };
  if (isBlankValue(cell)) return { kind: "blank" };
  const at = { sheet: place.sheet, address: cell.address, id: place.id };
  const value = cell.value;
  if (typeof value === "number" && value >= 1 && value < MAX_EXCEL_SERIAL + 1) {
    return { kind: "date", serial: Math.floor(value), fromText: false };
  }
  if (typeof value === "string") {
    const parsed = parseViDate(value);
    if (parsed) {
      sink.add("date.text", msg.dateText, at, {
        column: place.column,
        text: shownText(cell),
        date: showDate(parsed.serial),
        isoDate: parsed.iso,
      });
      return { kind: "date", serial: parsed.serial, fromText: true };
    }
  }
  sink.add("date.notDate", msg.dateNotDate, at, { column: place.column, text: shownText(cell) });
  return { kind: "unusable" };
}
