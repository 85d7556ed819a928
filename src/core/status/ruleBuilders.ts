/**
 * Building blocks the status rules share, written in the rule language so that both backends get
 * them. Each one is safe on any cell content: text, numbers, booleans, blanks and error values all
 * give TRUE or FALSE, never an error, so the rules can combine them freely with AND/OR.
 */
import {
  eq,
  ifElse,
  isBlank,
  isLogical,
  isNumber,
  isText,
  lit,
  lower,
  ne,
  not,
  or,
  round,
  trim,
  type BoolExpr,
  type Expr,
  type NumExpr,
  type RefExpr,
} from "./expr";
import { excelTrim } from "./evaluate";

/**
 * TRUE when the input is text equal to one of `words` after trimming spaces and ignoring case
 * (LOWER(TRIM(x)) against lower-case constants, so no host's case-sensitivity setting matters).
 */
export function textIs(x: RefExpr, words: readonly string[]): BoolExpr {
  for (const word of words) {
    if (word !== excelTrim(word).toLowerCase() || word === "")
      throw new Error(`textIs needs trimmed lower-case words: "${word}"`);
  }
  const key = lower(trim(x));
  return ifElse(isText(x), or(...words.map((word) => eq(key, lit(word)))), lit(false));
}

/** TRUE only for the boolean TRUE (a checkbox-like flag); text, numbers, blanks and errors are FALSE. */
export function isTrue(x: RefExpr): BoolExpr {
  return ifElse(isLogical(x), eq(x, lit(true)), lit(false));
}

/** A cell left empty: blank, or text of spaces only (how people often "clear" a cell). */
export function isEmpty(x: RefExpr): BoolExpr {
  return ifElse(isText(x), eq(trim(x), lit("")), isBlank(x));
}

/**
 * A number, and not a boolean. LibreOffice keeps TRUE/FALSE as the numbers 1/0 (so ISNUMBER(TRUE) is
 * TRUE there, FALSE in Excel); asking ISLOGICAL first gives the same answer in every host.
 */
export function isNumeric(x: RefExpr): BoolExpr {
  return ifElse(isLogical(x), lit(false), isNumber(x));
}

/** An entry that is there but is not a number: a boolean, text (even "12" or "2,5") or an error value. */
export function isBadNumber(x: RefExpr): BoolExpr {
  return ifElse(isLogical(x), lit(true), ifElse(isText(x), ne(trim(x), lit("")), not(or(isNumber(x), isBlank(x)))));
}

/**
 * A box ticked by typing a mark: the boolean TRUE, or the text "x" or "có" (any case, spaces trimmed).
 * Anything else (blank, "không", 1, an error) is not a mark.
 */
export function isMarked(x: RefExpr): BoolExpr {
  const key = lower(trim(x));
  return ifElse(isText(x), or(eq(key, lit("x")), eq(key, lit("có"))), isTrue(x));
}

/** Decimal places computed figures are rounded to before comparing, so no host's float tolerance decides a tie. */
export const CLEAN_DIGITS = 9;

/** A computed figure rounded to CLEAN_DIGITS places: 7/25*100 is 28, not 28.000000000000004. */
export function clean(x: NumExpr): Expr<"number"> {
  return round(x, CLEAN_DIGITS);
}
