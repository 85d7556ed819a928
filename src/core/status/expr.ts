/**
 * A small typed expression language for the status rules. A rule is written once as an `Expr` tree;
 * `evaluate` runs it in TypeScript with Excel's semantics and `toFormula` compiles it into the
 * workbook's own formula, so the add-in and a workbook opened without it can never disagree.
 *
 * Only constructs every target spreadsheet (Excel 2010+, LibreOffice, WPS) has are expressible: the
 * operators + - * / and comparisons, and the functions in `FORMULA_FUNCTIONS`. `cond` is sugar for
 * nested IFs, and `named` is a shared subexpression that a workbook may keep in its own cell.
 */

/** The static type of an expression: `value` is whatever a cell may hold (an input). */
export type ExprType = "number" | "text" | "bool" | "value";

/** Functions the compiled formulas may call: all exist in Excel 2010, LibreOffice and WPS. */
export const FORMULA_FUNCTIONS = [
  "IF",
  "AND",
  "OR",
  "NOT",
  "ISBLANK",
  "ISNUMBER",
  "ISTEXT",
  "ISLOGICAL",
  "ISERROR",
  "IFERROR",
  "ABS",
  "MIN",
  "MAX",
  "ROUND",
  "LOWER",
  "TRIM",
] as const;
export type FormulaFunction = (typeof FORMULA_FUNCTIONS)[number];

export type ArithmeticOperator = "+" | "-" | "*" | "/";
export type ComparisonOperator = "=" | "<>" | "<" | "<=" | ">" | ">=";
export type BinaryOperator = ArithmeticOperator | ComparisonOperator;

/** An input, read from the environment (TypeScript) or a cell/defined name (formula). */
export interface RefNode {
  readonly kind: "ref";
  readonly name: string;
  readonly type: "value";
}
export interface LitNode {
  readonly kind: "lit";
  readonly value: number | string | boolean;
  readonly type: ExprType;
}
/** A shared subexpression: inlined by `toFormula` unless the refs give it a cell of its own. */
export interface NamedNode {
  readonly kind: "named";
  readonly name: string;
  readonly def: Expr;
  readonly type: ExprType;
}
export interface BinaryNode {
  readonly kind: "binary";
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
  readonly type: ExprType;
}
export interface NegNode {
  readonly kind: "neg";
  readonly operand: Expr;
  readonly type: ExprType;
}
export interface CallNode {
  readonly kind: "call";
  readonly fn: FormulaFunction;
  readonly args: readonly Expr[];
  readonly type: ExprType;
}
export type ExprNode = RefNode | LitNode | NamedNode | BinaryNode | NegNode | CallNode;

/** An expression whose value has static type `T`. */
export type Expr<T extends ExprType = ExprType> = ExprNode & { readonly type: T };
/** Operands of arithmetic and numeric functions: numbers, or inputs (which Excel coerces). */
export type NumExpr = Expr<"number" | "value">;
export type BoolExpr = Expr<"bool">;
export type RefExpr = RefNode;

/** An input of the rule, by name: the environment key in TypeScript, a cell or defined name in the workbook. */
export function ref(name: string): RefExpr {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Input names are identifiers: "${name}"`);
  return { kind: "ref", name, type: "value" };
}

/** A constant. Numbers must be finite, as Excel cannot store anything else. */
export function lit(value: number): Expr<"number">;
export function lit(value: string): Expr<"text">;
export function lit(value: boolean): Expr<"bool">;
export function lit(value: number | string | boolean): Expr<"number" | "text" | "bool">;
export function lit(value: number | string | boolean): Expr<"number" | "text" | "bool"> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return { kind: "lit", value: Object.is(value, -0) ? 0 : value, type: "number" };
  }
  return { kind: "lit", value, type: typeof value === "string" ? "text" : "bool" };
}

/** A shared subexpression with a name a workbook may bind to a cell (e.g. `result` → the Kết quả cell). */
export function named<T extends ExprType>(name: string, def: Expr<T>): Expr<T> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Names are identifiers: "${name}"`);
  return { kind: "named", name, def, type: def.type } as Expr<T>;
}

function binary<T extends ExprType>(op: BinaryOperator, left: Expr, right: Expr, type: T): Expr<T> {
  return { kind: "binary", op, left, right, type } as Expr<T>;
}
function call<T extends ExprType>(fn: FormulaFunction, args: readonly Expr[], type: T): Expr<T> {
  return { kind: "call", fn, args, type } as Expr<T>;
}

export const add = (a: NumExpr, b: NumExpr): Expr<"number"> => binary("+", a, b, "number");
export const sub = (a: NumExpr, b: NumExpr): Expr<"number"> => binary("-", a, b, "number");
export const mul = (a: NumExpr, b: NumExpr): Expr<"number"> => binary("*", a, b, "number");
/** Division; by zero it gives #DIV/0! in both backends. */
export const div = (a: NumExpr, b: NumExpr): Expr<"number"> => binary("/", a, b, "number");
export const neg = (a: NumExpr): Expr<"number"> => ({ kind: "neg", operand: a, type: "number" });

/** Comparisons follow Excel: a blank takes the other side's type, numbers < text < booleans, text ignores case. */
export const eq = (a: Expr, b: Expr): BoolExpr => binary("=", a, b, "bool");
export const ne = (a: Expr, b: Expr): BoolExpr => binary("<>", a, b, "bool");
export const lt = (a: Expr, b: Expr): BoolExpr => binary("<", a, b, "bool");
export const le = (a: Expr, b: Expr): BoolExpr => binary("<=", a, b, "bool");
export const gt = (a: Expr, b: Expr): BoolExpr => binary(">", a, b, "bool");
export const ge = (a: Expr, b: Expr): BoolExpr => binary(">=", a, b, "bool");

/** Excel's AND: evaluates every argument (no short-circuit), so an error in any one is the result. */
export const and = (...args: BoolExpr[]): BoolExpr => call("AND", nonEmpty("and", args), "bool");
/** Excel's OR: evaluates every argument, like AND. */
export const or = (...args: BoolExpr[]): BoolExpr => call("OR", nonEmpty("or", args), "bool");
export const not = (a: BoolExpr): BoolExpr => call("NOT", [a], "bool");

/** Excel's IF: only the branch taken is evaluated, which is how rules guard against errors. */
export function ifElse<A extends ExprType, B extends ExprType>(c: BoolExpr, a: Expr<A>, b: Expr<B>): Expr<A | B> {
  return call<A | B>("IF", [c, a, b], joinType(a.type, b.type) as A | B);
}

/** First matching case wins; compiles to nested IFs. */
export function cond<T extends ExprType>(
  cases: ReadonlyArray<readonly [BoolExpr, Expr<T>]>,
  otherwise: Expr<T>,
): Expr<T> {
  return cases.reduceRight<Expr<T>>((rest, [when, then]) => ifElse(when, then, rest) as Expr<T>, otherwise);
}

/** True only for an empty cell, as in Excel: an input, never a computed value. */
export const isBlank = (a: RefExpr): BoolExpr => call("ISBLANK", [a], "bool");
export const isNumber = (a: Expr): BoolExpr => call("ISNUMBER", [a], "bool");
export const isText = (a: Expr): BoolExpr => call("ISTEXT", [a], "bool");
export const isLogical = (a: Expr): BoolExpr => call("ISLOGICAL", [a], "bool");
export const isError = (a: Expr): BoolExpr => call("ISERROR", [a], "bool");
export function ifError<A extends ExprType, B extends ExprType>(a: Expr<A>, fallback: Expr<B>): Expr<A | B> {
  return call<A | B>("IFERROR", [a, fallback], joinType(a.type, fallback.type) as A | B);
}

export const abs = (a: NumExpr): Expr<"number"> => call("ABS", [a], "number");
export const min = (...args: NumExpr[]): Expr<"number"> => call("MIN", nonEmpty("min", args), "number");
export const max = (...args: NumExpr[]): Expr<"number"> => call("MAX", nonEmpty("max", args), "number");
/** Excel's ROUND: half away from zero, on the value read to 15 significant digits. */
export function round(a: NumExpr, digits: number): Expr<"number"> {
  if (!Number.isInteger(digits)) throw new Error(`ROUND takes whole digits: ${digits}`);
  return call("ROUND", [a, lit(digits)], "number");
}
export const lower = (a: Expr): Expr<"text"> => call("LOWER", [a], "text");
/** Excel's TRIM: removes spaces (U+0020 only) at both ends and collapses runs of them inside. */
export const trim = (a: Expr): Expr<"text"> => call("TRIM", [a], "text");

/** The static type of a value that is one of two types: the type itself, or `value` when they differ. */
function joinType(a: ExprType, b: ExprType): ExprType {
  return a === b ? a : "value";
}

function nonEmpty<T>(what: string, args: T[]): T[] {
  if (args.length === 0) throw new Error(`${what}() needs at least one argument`);
  return args;
}

/** Every input name an expression reads (named subexpressions included), in first-use order. */
export function inputsOf(expr: Expr): string[] {
  const seen = new Set<string>();
  const walk = (node: Expr): void => {
    switch (node.kind) {
      case "ref":
        seen.add(node.name);
        return;
      case "lit":
        return;
      case "named":
        return walk(node.def);
      case "binary":
        walk(node.left);
        return walk(node.right);
      case "neg":
        return walk(node.operand);
      case "call":
        return node.args.forEach(walk);
    }
  };
  walk(expr);
  return [...seen];
}
