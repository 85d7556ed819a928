/**
 * What a worksheet cell can hold, as the status engine sees it: a number (dates are serials), text,
 * a boolean, an error value, or nothing (`null`, a blank cell). The error shape matches exceljs's
 * `{ error: "#N/A" }`; the Office JS adapter converts `valueTypes: "Error"` cells to it.
 */

export type ExcelErrorCode = "#NULL!" | "#DIV/0!" | "#VALUE!" | "#REF!" | "#NAME?" | "#NUM!" | "#N/A";

export const EXCEL_ERROR_CODES: readonly ExcelErrorCode[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
];

export interface CellError {
  readonly error: ExcelErrorCode;
}

/** A cell's value; `null` is a blank cell (never an empty string, which is text). */
export type CellValue = number | string | boolean | null | CellError;

/** True for an error value such as #DIV/0!, which Excel propagates through most operations. */
export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** An error value, shared so that equal errors compare equal with `===`. */
export function cellError(code: ExcelErrorCode): CellError {
  return ERRORS[code];
}

const ERRORS: Record<ExcelErrorCode, CellError> = Object.fromEntries(
  EXCEL_ERROR_CODES.map((code) => [code, Object.freeze({ error: code })]),
) as Record<ExcelErrorCode, CellError>;
