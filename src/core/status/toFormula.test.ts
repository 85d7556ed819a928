import fc from "fast-check";
import { cellError, type CellValue } from "./cellValue";
import { evaluate } from "./evaluate";
import {
  abs,
  add,
  and,
  div,
  eq,
  FORMULA_FUNCTIONS,
  ge,
  gt,
  ifElse,
  ifError,
  isBlank,
  isError,
  isNumber,
  isText,
  le,
  lit,
  lower,
  lt,
  max,
  min,
  mul,
  named,
  ne,
  neg,
  not,
  or,
  ref,
  round,
  sub,
  trim,
  type BoolExpr,
  type Expr,
} from "./expr";
import { textIs } from "./ruleBuilders";
import { isFormulaReference, toFormula, type FormulaOperand } from "./toFormula";
import { miniExcel } from "./testing/miniExcel";

const a = ref("a");
const b = ref("b");
const c = ref("c");
const t = ref("t");
const cells = { a: "A1", b: "B1", c: "C1", t: "T1" } as const;

describe("toFormula prints readable formulas", () => {
  test.each<[string, Expr, string]>([
    ["left-associative subtraction", sub(sub(a, b), c), "=A1-B1-C1"],
    ["a right-nested subtraction keeps its brackets", sub(a, sub(b, c)), "=A1-(B1-C1)"],
    ["a right-nested sum keeps the tree's order", add(a, add(b, c)), "=A1+(B1+C1)"],
    ["a sum inside a product", mul(add(a, b), c), "=(A1+B1)*C1"],
    ["a product inside a sum", add(mul(a, b), c), "=A1*B1+C1"],
    ["a product in a divisor", div(a, mul(b, c)), "=A1/(B1*C1)"],
    ["negation of a sum", neg(add(a, b)), "=-(A1+B1)"],
    ["negation of a reference", mul(neg(a), b), "=-A1*B1"],
    ["a negative constant on the right", add(a, lit(-5)), "=A1+(-5)"],
    ["a comparison of sums", ge(add(a, b), mul(c, lit(0.9))), "=A1+B1>=C1*0.9"],
    ["a comparison inside a comparison", eq(gt(a, b), lit(true)), "=(A1>B1)=TRUE"],
    ["quotes in text are doubled", eq(t, lit('say "hi"')), '=T1="say ""hi"""'],
    ["small numbers", mul(a, lit(1e-7)), "=A1*1E-7"],
    ["functions", ifElse(isBlank(a), lit(""), round(div(a, b), 2)), '=IF(ISBLANK(A1),"",ROUND(A1/B1,2))'],
    ["nested functions", min(lit(1), max(lit(0), a)), "=MIN(1,MAX(0,A1))"],
    ["textIs", textIs(t, ["x", "có"]), '=IF(ISTEXT(T1),OR(LOWER(TRIM(T1))="x",LOWER(TRIM(T1))="có"),FALSE)'],
  ])("%s", (_name, expr, formula) => expect(toFormula(expr, cells)).toBe(formula));
});

describe("toFormula folds literal bindings without changing the value", () => {
  test.each<[string, Expr, Record<string, FormulaOperand>, string]>([
    ["a literal code folds a text test", textIs(t, ["percent"]), { t: { literal: "Percent " } }, "=TRUE"],
    ["IF on a folded test keeps one branch", ifElse(textIs(t, ["percent"]), a, b), { t: { literal: "count" } }, "=B1"],
    ["AND with FALSE and error-free arguments", and(lit(false), isNumber(a)), {}, "=FALSE"],
    [
      "AND with FALSE keeps an argument that may fail",
      and(lit(false), eq(div(a, b), lit(1))),
      {},
      "=AND(FALSE,A1/B1=1)",
    ],
    ["AND drops TRUE", and(lit(true), isNumber(a), isText(b)), {}, "=AND(ISNUMBER(A1),ISTEXT(B1))"],
    [
      "a guard makes an argument error-free",
      ifElse(isNumber(a), and(lit(false), gt(a, lit(1))), lit(true)),
      {},
      "=NOT(ISNUMBER(A1))",
    ],
    ["a repeated test is asked once", ifElse(gt(a, b), lit(1), ifElse(gt(a, b), lit(2), lit(3))), {}, "=IF(A1>B1,1,3)"],
    ["IF(c,TRUE,FALSE) is c", ifElse(gt(a, b), lit(true), lit(false)), {}, "=A1>B1"],
    ["numbers fold", add(a, mul(b, lit(2))), { b: 3 }, "=A1+6"],
    ["booleans fold", or(isNumber(a), eq(b, lit(true))), { b: false }, "=ISNUMBER(A1)"],
    ["a division by a zero literal stays, as an error", div(a, b), { b: 0 }, "=A1/0"],
  ])("%s", (_name, expr, binding, formula) => expect(toFormula(expr, { ...cells, ...binding })).toBe(formula));

  test("a named subexpression is inlined, or read from its own cell", () => {
    const v = named("result", mul(div(a, b), lit(100)));
    expect(toFormula(ge(v, c), cells)).toBe("=A1/B1*100>=C1");
    expect(toFormula(ge(v, c), { ...cells, result: "M5" })).toBe("=M5>=C1");
  });
});

describe("references", () => {
  test.each(["I5", "$Q$5", "$Q5", "XFD1048576", "'Thông tin'!$B$6", "Info!B6", "NgayBaoCao", "_x", "Năm.Kế_hoạch"])(
    "accepts %s",
    (reference) => expect(isFormulaReference(reference)).toBe(true),
  );
  test.each([
    "",
    "A1+1",
    "=A1",
    "A1:B2",
    "Sheet1!A1:B2",
    "TRUE",
    "false",
    "R1C1",
    "R",
    "C",
    "RC",
    "A0",
    "1A",
    "a b",
    'x"y',
    'HYPERLINK("u")',
  ])("rejects %j", (reference) => expect(isFormulaReference(reference)).toBe(false));
  test("a bad reference is refused, never written into the formula", () => {
    expect(() => toFormula(add(a, b), { ...cells, b: 'B1)+HYPERLINK("x"' })).toThrow(/Not a cell reference/);
  });
  test("an input with no binding is refused", () => expect(() => toFormula(add(a, ref("z")), cells)).toThrow(/"z"/));
  test("Excel's text-constant limit is kept", () => {
    expect(() => toFormula(eq(t, lit("x".repeat(256))), cells)).toThrow(/255/);
  });
});

/** Random well-typed expressions over numeric inputs a, b, c and a text-ish input t. */
const exprs = fc.letrec<{ num: Expr; bool: BoolExpr; text: Expr }>((tie) => {
  const num = tie("num") as fc.Arbitrary<Expr<"number">>;
  const bool = tie("bool") as fc.Arbitrary<BoolExpr>;
  const text = tie("text") as fc.Arbitrary<Expr<"text">>;
  const numbers = fc.oneof(
    fc.constantFrom(0, 1, -1, 0.5, 2, 100, 0.9, -3.25),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  );
  return {
    num: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom(a, b, c),
      numbers.map((n) => lit(n)),
      fc.tuple(fc.constantFrom(add, sub, mul, div), num, num).map(([op, x, y]) => op(x, y)),
      num.map((x) => neg(x)),
      num.map((x) => abs(x)),
      fc.tuple(num, fc.integer({ min: -2, max: 9 })).map(([x, d]) => round(x, d)),
      fc.tuple(fc.constantFrom(min, max), num, num).map(([f, x, y]) => f(x, y)),
      fc.tuple(bool, num, num).map(([q, x, y]) => ifElse(q, x, y)),
      fc.tuple(num, num).map(([x, y]) => ifError(x, y)),
    ),
    bool: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.tuple(fc.constantFrom(eq, ne, lt, le, gt, ge), num, num).map(([op, x, y]) => op(x, y)),
      fc.tuple(fc.constantFrom(eq, ne), text, text).map(([op, x, y]) => op(x, y)),
      fc.tuple(fc.constantFrom(and, or), bool, bool).map(([op, x, y]) => op(x, y)),
      bool.map((x) => not(x)),
      fc.constantFrom(a, b, c, t).map((r) => isNumber(r)),
      fc.constantFrom(a, b, c, t).map((r) => isBlank(r)),
      num.map((x) => isError(x)),
      fc.tuple(bool, bool, bool).map(([q, x, y]) => ifElse(q, x, y)),
      fc.constantFrom(true, false).map((v) => lit(v)),
      fc.subarray(["x", "có", "hoàn thành"], { minLength: 1 }).map((words) => textIs(t, words)),
    ),
    text: fc.oneof(
      fc.constant(t),
      fc.constantFrom("", "x", "X ", "có", "Có").map((s) => lit(s)),
      text.map((x) => lower(trim(x))),
    ),
  };
});

// Tiny magnitudes become 0: a subnormal divisor makes quotients beyond 2^53, where two correct
// implementations of ROUND may differ in the last bit; no workbook cell holds such a figure.
const numericCell = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => (Math.abs(n) < 1e-9 ? 0 : n)),
  fc.constantFrom<CellValue>(0, 1, 2, null, true, false, cellError("#N/A"), cellError("#DIV/0!")),
);
const textCell = fc.constantFrom<CellValue>(
  "x",
  " X ",
  "có",
  "CÓ",
  "",
  "  ",
  "hoàn thành",
  null,
  5,
  true,
  cellError("#VALUE!"),
);
const envs = fc.record({ a: numericCell, b: numericCell, c: numericCell, t: textCell });

describe("toFormula agrees with evaluate (through an independent formula interpreter)", () => {
  const asCells = (env: Record<string, CellValue>): Record<string, CellValue> =>
    Object.fromEntries(Object.entries(cells).map(([name, cell]) => [cell, env[name]]));

  test("random expressions, every input in a cell", () => {
    fc.assert(
      fc.property(fc.oneof(exprs.num, exprs.bool), envs, (expr, env) => {
        const formula = toFormula(expr, cells);
        expect(miniExcel(formula, asCells(env))).toEqual(evaluate(expr, env));
      }),
      { numRuns: 2000 },
    );
  });

  test("random expressions, some inputs bound as literals and folded", () => {
    fc.assert(
      fc.property(fc.oneof(exprs.num, exprs.bool), envs, fc.subarray(["a", "b", "c", "t"]), (expr, env, literal) => {
        const binding: Record<string, FormulaOperand> = { ...cells };
        for (const name of literal) {
          const value = env[name as keyof typeof env];
          if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
            binding[name] = { literal: value };
          }
        }
        const formula = toFormula(expr, binding);
        expect(miniExcel(formula, asCells(env))).toEqual(evaluate(expr, env));
      }),
      { numRuns: 2000 },
    );
  });

  test("formulas call only the whitelisted functions and balance their brackets", () => {
    fc.assert(
      fc.property(fc.oneof(exprs.num, exprs.bool), (expr) => {
        const formula = toFormula(expr, cells);
        const outsideText = formula.replace(/"(?:[^"]|"")*"/g, '""');
        for (const [, fn] of outsideText.matchAll(/([A-Z]+)\(/g)) expect(FORMULA_FUNCTIONS).toContain(fn);
        let depth = 0;
        for (const ch of outsideText) {
          depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
    );
  });
});
