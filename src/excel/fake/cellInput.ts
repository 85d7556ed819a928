/** A constant a cell can hold; an empty cell is modelled as null elsewhere. */
export type CellScalar = string | number | boolean;

/** What a value written through Range.values / Range.formulas turns into in the cell. */
export type CellInput =
  | { readonly kind: "unchanged" }
  | { readonly kind: "empty" }
  | {
      readonly kind: "constant";
      readonly value: CellScalar;
      readonly quotePrefix: boolean;
      readonly numberFormat?: string;
    }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "invalid"; readonly reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Excel's 1900-system serial for a date, or null when the date does not exist or precedes 1900. */
export function dateToSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  const days = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  // Excel counts a 29 Feb 1900 that never existed (Lotus 1-2-3 compatibility), so earlier dates are one lower.
  return days < 61 ? days - 1 : days;
}

function twoDigitYear(text: string): number {
  const yy = Number(text);
  return text.length === 2 ? (yy < 30 ? 2000 + yy : 1900 + yy) : yy;
}

/** The en-US date typings Excel converts on entry, as [serial, number format the cell receives]. */
function parseDate(text: string, currentYear: number): [number, string] | null {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return withFormat(dateToSerial(Number(match[1]), Number(match[2]), Number(match[3])), "m/d/yyyy");
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (match) {
    return withFormat(dateToSerial(twoDigitYear(match[3]), Number(match[1]), Number(match[2])), "m/d/yyyy");
  }
  match = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return withFormat(dateToSerial(Number(match[2]), Number(match[1]), 1), "mmm-yy");
  match = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (match) return withFormat(dateToSerial(currentYear, Number(match[1]), Number(match[2])), "d-mmm");
  match = /^(\d{1,2})-([A-Za-z]{3})(?:-(\d{2}|\d{4}))?$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
    if (month === 0) return null;
    const year = match[3] === undefined ? currentYear : twoDigitYear(match[3]);
    return withFormat(dateToSerial(year, month, Number(match[1])), match[3] === undefined ? "d-mmm" : "d-mmm-yy");
  }
  return null;
}

function withFormat(serial: number | null, format: string): [number, string] | null {
  return serial === null ? null : [serial, format];
}

/**
 * Interprets one element written through Range.values or Range.formulas the way Excel does for typed input.
 *
 * Modelled (because the workbook writer must defend against it): strings starting with "=" become formulas, and
 * so do strings starting with "+", "-" or "@" that are not numbers (Excel stores "=" + the text); numeric strings
 * ("0123", "1e3", " 12 ") become numbers and "12%" becomes 0.12; "TRUE"/"FALSE" become booleans; the en-US date
 * typings "2024-03-14", "3/14/2024", "3/14/24", "3/2024", "3/14", "14-Mar", "14-Mar-24" become date serials.
 * Conversion also sets a number format when the cell's format is "General", as Excel does.
 * Protection against all of that, as in Excel: a cell whose number format is "@" (Text) at the time of the write
 * keeps the string verbatim, and a leading apostrophe keeps the rest of the string as text (quotePrefix).
 * `null` means "leave this cell unchanged" and "" clears the cell, as documented for the Excel API.
 * Not modelled: currency and thousands separators, times, locale-specific typings other than en-US.
 */
export function interpretCellInput(input: unknown, numberFormat: string, currentYear: number): CellInput {
  if (input === null) return { kind: "unchanged" };
  if (typeof input === "boolean") return { kind: "constant", value: input, quotePrefix: false };
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? { kind: "constant", value: input, quotePrefix: false }
      : { kind: "invalid", reason: `${input} is not a finite number` };
  }
  if (typeof input !== "string") return { kind: "invalid", reason: `a ${typeof input} is not a cell value` };
  if (input === "") return { kind: "empty" };
  if (numberFormat === "@") return { kind: "constant", value: input, quotePrefix: false };
  if (input.startsWith("'")) return { kind: "constant", value: input.slice(1), quotePrefix: true };

  const general = numberFormat === "General";
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { kind: "constant", value: Number(trimmed), quotePrefix: false };
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const value = Number(percent[1]) / 100;
    const format = percent[1].includes(".") ? "0.00%" : "0%";
    return general
      ? { kind: "constant", value, quotePrefix: false, numberFormat: format }
      : { kind: "constant", value, quotePrefix: false };
  }
  if (input.length > 1 && input.startsWith("=")) return { kind: "formula", formula: input };
  if (input.length > 1 && /^[+\-@]/.test(input)) return { kind: "formula", formula: `=${input}` };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "constant", value: upper === "TRUE", quotePrefix: false };
  const date = parseDate(trimmed, currentYear);
  if (date) {
    return general
      ? { kind: "constant", value: date[0], quotePrefix: false, numberFormat: date[1] }
      : { kind: "constant", value: date[0], quotePrefix: false };
  }
  return { kind: "constant", value: input, quotePrefix: false };
}
