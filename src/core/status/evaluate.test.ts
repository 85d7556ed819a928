import { cellError, type CellValue } from "./cellValue";
import { evaluate, excelRound, excelTrim, HostDependentError } from "./evaluate";
import {
  add,
  and,
  div,
  eq,
  ge,
  gt,
  ifElse,
  ifError,
  isBlank,
  isError,
  isLogical,
  isNumber,
  isText,
  lit,
  lower,
  lt,
  max,
  min,
  mul,
  ne,
  neg,
  not,
  or,
  ref,
  round,
  sub,
  trim,
  abs,
  type Expr,
} from "./expr";

const a = ref("a");
const b = ref("b");
const DIV0 = cellError("#DIV/0!");
const VALUE = cellError("#VALUE!");
const NA = cellError("#N/A");

/** [description, expression, a, b, expected] — expected values are what Excel shows for the same formula. */
const cases: Array<[string, Expr, CellValue, CellValue, CellValue]> = [
  ["blank is 0 in arithmetic", add(a, lit(1)), null, null, 1],
  ["TRUE is 1 in arithmetic", mul(a, lit(3)), true, null, 3],
  ["blank equals 0", eq(a, lit(0)), null, null, true],
  ["blank equals empty text", eq(a, lit("")), null, null, true],
  ["blank equals FALSE", eq(a, lit(false)), null, null, true],
  ["blank equals blank", eq(a, b), null, null, true],
  ["blank is less than 1", lt(a, lit(1)), null, null, true],
  ["blank is not greater than -1 as text", gt(a, lit("-1")), null, null, false],
  ["text is greater than any number", gt(a, lit(1e300)), "a", null, true],
  ["numeric text is not the number", eq(a, lit(1)), "1", null, false],
  ["booleans are greater than text", gt(a, lit("zzz")), false, null, true],
  ["text equality ignores case", eq(a, lit("hoàn thành")), "HOÀN THÀNH", null, true],
  ["text ordering ignores case", lt(a, b), "abc", "ABD", true],
  ["division by zero", div(a, b), 1, 0, DIV0],
  ["division by a blank", div(a, b), 1, null, DIV0],
  ["an error propagates through arithmetic", add(a, b), 1, NA, NA],
  ["the left error wins", add(a, b), DIV0, NA, DIV0],
  ["an error propagates through comparison", eq(a, lit(1)), NA, null, NA],
  ["ISERROR catches it", isError(div(a, b)), 1, 0, true],
  ["IFERROR replaces it", ifError(div(a, b), lit(-1)), 1, 0, -1],
  ["IFERROR passes a value", ifError(div(a, b), lit(-1)), 1, 4, 0.25],
  ["AND evaluates every argument", and(lit(false), eq(div(a, b), lit(1))), 1, 0, DIV0],
  ["OR evaluates every argument", or(lit(true), eq(a, lit(1))), NA, null, NA],
  ["IF evaluates only the branch taken", ifElse(eq(b, lit(0)), lit(0), div(a, b)), 1, 0, 0],
  ["IF propagates an error test", ifElse(eq(a, lit(0)), lit(1), lit(2)), NA, null, NA],
  ["NOT", not(gt(a, lit(1))), 2, null, false],
  ["ISBLANK of a blank", isBlank(a), null, null, true],
  ["ISBLANK of empty text", isBlank(a), "", null, false],
  ["ISNUMBER of numeric text", isNumber(a), "12", null, false],
  ["ISTEXT of empty text", isText(a), "", null, true],
  ["ISLOGICAL of TRUE", isLogical(a), true, null, true],
  ["ISNUMBER of an error", isNumber(a), NA, null, false],
  ["TRIM trims and collapses spaces", trim(a), "  Hoàn   thành  ", null, "Hoàn thành"],
  ["TRIM leaves a no-break space", trim(a), "\u00a0x", null, "\u00a0x"],
  ["LOWER of Vietnamese capitals", lower(a), "ĐANG THỰC HIỆN", null, "đang thực hiện"],
  ["ROUND half away from zero", round(a, 0), -2.5, null, -3],
  ["ROUND reads 15 digits (2.675)", round(a, 2), 2.675, null, 2.68],
  ["ROUND reads 15 digits (1.005)", round(a, 2), 1.005, null, 1.01],
  ["ROUND to tens", round(a, -1), 1235, null, 1240],
  ["ROUND cleans a ratio", round(mul(div(a, b), lit(100)), 9), 7, 25, 28],
  ["MIN and MAX", min(lit(1), max(lit(0), a)), 1.5, null, 1],
  ["ABS", abs(neg(a)), 4, null, 4],
  ["negation of a blank", neg(a), null, null, 0],
  ["subtraction", sub(a, b), 45365, 45292, 73],
  ["text coerced to a number (outside strict mode)", add(a, lit(1)), "2", null, 3],
  ["text that is no number", add(a, lit(1)), "hai", null, VALUE],
  ["empty text in arithmetic", add(a, lit(1)), "", null, VALUE],
  ["a non-finite input is #NUM!", add(a, lit(1)), Number.NaN, null, cellError("#NUM!")],
  ["overflow is #NUM!", mul(a, a), 1e200, null, cellError("#NUM!")],
  ["not-equal across types", ne(a, lit("1")), 1, null, true],
  ["greater-or-equal of equal numbers", ge(a, b), 0.5, 0.5, true],
];

describe("evaluate follows Excel", () => {
  test.each(cases)("%s", (_name, expr, va, vb, expected) => {
    expect(evaluate(expr, { a: va, b: vb })).toEqual(expected);
  });

  test("a missing input is a programming error, not a blank", () => {
    expect(() => evaluate(add(a, b), { a: 1 })).toThrow(/"b"/);
    expect(evaluate(add(a, b), { a: 1, b: undefined })).toBe(1);
  });
});

describe("strict mode refuses host-dependent behaviour", () => {
  test.each<[string, Expr, CellValue, CellValue]>([
    ["text used as a number", add(a, lit(1)), "2", null],
    ["a near tie between floats", eq(add(a, b), lit(0.3)), 0.1, 0.2],
    ["text differing only in case", eq(a, lit("x")), "X", null],
    ["ordering of texts", lt(a, b), "a", "b"],
    ["MIN of a blank", min(a, lit(1)), null, null],
    ["LOWER of a number", lower(a), 12, null],
    ["IF on a number", ifElse(a as unknown as Expr<"bool">, lit(1), lit(2)), 1, null],
  ])("%s", (_name, expr, va, vb) => {
    expect(() => evaluate(expr, { a: va, b: vb }, { strict: true })).toThrow(HostDependentError);
    expect(() => evaluate(expr, { a: va, b: vb })).not.toThrow();
  });

  test("exact results stay fine", () => {
    expect(evaluate(eq(round(add(a, b), 9), lit(0.3)), { a: 0.1, b: 0.2 }, { strict: true })).toBe(true);
    expect(evaluate(eq(lower(trim(a)), lit("x")), { a: " X " }, { strict: true })).toBe(true);
  });
});

describe("excelRound and excelTrim", () => {
  test.each([
    [0.285, 2, 0.29],
    [-0.285, 2, -0.29],
    [94.123456789, 9, 94.123456789],
    [1e-10, 9, 0],
    [123456.5, 0, 123457],
    [0, 3, 0],
  ])("ROUND(%p, %p) = %p", (x, digits, expected) => expect(excelRound(x, digits)).toBe(expected));

  test.each([
    [" a ", "a"],
    ["a    b", "a b"],
    ["   ", ""],
    ["\ta\t", "\ta\t"],
  ])("TRIM(%j) = %j", (text, expected) => expect(excelTrim(text)).toBe(expected));
});
