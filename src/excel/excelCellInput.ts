/**
 * What the Office.js writer puts in `Range.formulas` for one plan cell.
 *
 * Text stays text. Excel treats whatever is written through `values`/`formulas` like typed input:
 * `=1+1`, `+84`, `-5` and `@x` become formulas, `0123`, `12%`, `TRUE`, `3/14` and `Mar 5` become numbers,
 * booleans and dates. A leading apostrophe is Excel's own "this is text" mark: Excel stores the rest of
 * the string verbatim, shows no apostrophe in the cell, and reads back the string without it.
 *
 * Why the apostrophe rather than the Text number format ("@") on those cells: it travels inside the same
 * single 2D write as the rest of the block (a format would be one more operation, queued before it); it
 * leaves the plan's number format alone, so the Excel workbook and the .xlsx file describe the same formats;
 * and it does not turn what a user types later into that cell into text, as "@" would.
 *
 * The apostrophe is added only where Excel could reinterpret the text, so ordinary labels carry no prefix:
 * anything not starting with a letter (signs, digits, `=`, `@`, `'`, `#`, `(`, spaces…), the words
 * TRUE/FALSE, and English month names followed by a number (`Mar 5`, `March-2024`), which Excel's
 * en-US parser reads as dates.
 */
import type { PlanCell } from "../core/workbook/workbookPlan";

const STARTS_WITH_LETTER = /^\p{L}/u;
const BOOLEAN_WORD = /^\s*(true|false)\s*$/i;
const MONTH_DATE =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?[\s\-/,]*\d/i;

/** True when Excel would not keep this string as the same text if it were typed into a cell. */
export function needsTextPrefix(text: string): boolean {
  return !STARTS_WITH_LETTER.test(text) || BOOLEAN_WORD.test(text) || MONTH_DATE.test(text);
}

/**
 * The element to put in a `Range.formulas` 2D array for a plan cell: the formula, the number or boolean,
 * the text (with Excel's apostrophe when it could be misread), or "" for an empty cell (null would mean
 * "leave the cell unchanged" to Office.js).
 */
export function excelCellInput(cell: PlanCell): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  const value = cell.value;
  if (value === undefined || value === null || value === "") return "";
  if (typeof value === "string") return needsTextPrefix(value) ? `'${value}` : value;
  return value;
}
