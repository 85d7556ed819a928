/**
 * The formula backend of the rule language: compiles an `Expr` into an Excel formula (English function
 * names, comma separators, US decimal point: what Office JS `range.formulas` takes; exceljs takes the
 * same text without the leading "=").
 *
 * Each input is bound to a cell, a defined name or a literal. Literal bindings are folded away, so a
 * row whose measure is known when the workbook is written gets a shorter formula; folding only ever
 * makes a change that leaves the value the same, errors included. Parentheses appear only where Excel's
 * precedence needs them (and around a nested comparison, for readability).
 */
import { evaluate } from "./evaluate";
import { isCellError } from "./cellValue";
import { lit, not, type BinaryOperator, type Expr, type ExprType } from "./expr";

/** A literal binding: the input is a constant for this formula (a code known when the workbook is written). */
export interface FormulaLiteral {
  readonly literal: number | string | boolean;
}
/** A binding: a string is an A1 reference (`I5`, `$B$3`, `'Thông tin'!B6`) or a defined name; else a literal. */
export type FormulaOperand = string | number | boolean | FormulaLiteral;
/** Bindings by input name (and by `named` subexpression name, to read it from its own cell). */
export type FormulaRefs = Readonly<Record<string, FormulaOperand | undefined>>;

/** Excel's limits on a cell formula and on a text constant inside one. */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_FORMULA_NESTING = 64;
const MAX_TEXT_LITERAL = 255;

/** Compiles a rule expression to an Excel formula (with the leading "=") that computes what `evaluate` computes. */
export function toFormula(expr: Expr, refs: FormulaRefs): string {
  const text = `=${print(simplify(bind(expr, refs)), refs).text}`;
  if (text.length > MAX_FORMULA_LENGTH) {
    throw new Error(`Formula of ${text.length} characters exceeds Excel's ${MAX_FORMULA_LENGTH}`);
  }
  return text;
}

/** True for a string that may stand in a formula as a reference: an A1 cell (optionally on a sheet) or a defined name. */
export function isFormulaReference(ref: string): boolean {
  const cell = /^\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}$/;
  const sheet = /^(?:'(?:[^'[\]*?/\\:]|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!/;
  if (cell.test(ref)) return true;
  const bang = sheet.exec(ref);
  if (bang) return cell.test(ref.slice(bang[0].length));
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(ref) || ref.length > 255) return false;
  // A defined name may not look like a cell (A1 or R1C1 style) nor be a boolean.
  return !/^[A-Za-z]{1,3}[0-9]+$/.test(ref) && !/^[RrCc][0-9]*([Cc][0-9]*)?$/.test(ref) && !/^(TRUE|FALSE)$/i.test(ref);
}

function operandOf(refs: FormulaRefs, name: string): FormulaOperand | undefined {
  return Object.prototype.hasOwnProperty.call(refs, name) ? refs[name] : undefined;
}

function literalOf(operand: Exclude<FormulaOperand, string>): number | string | boolean {
  return typeof operand === "object" ? operand.literal : operand;
}

/** Replaces literal-bound inputs by constants and inlines named subexpressions without a cell of their own. */
function bind(node: Expr, refs: FormulaRefs): Expr {
  switch (node.kind) {
    case "ref": {
      const operand = operandOf(refs, node.name);
      if (operand === undefined) throw new Error(`No cell, name or literal given for input "${node.name}"`);
      return typeof operand === "string" ? node : lit(literalOf(operand));
    }
    case "named": {
      const operand = operandOf(refs, node.name);
      if (operand === undefined) return bind(node.def, refs);
      return typeof operand === "string" ? { kind: "ref", name: node.name, type: "value" } : lit(literalOf(operand));
    }
    case "lit":
      return node;
    case "neg":
      return { ...node, operand: bind(node.operand, refs) };
    case "binary":
      return { ...node, left: bind(node.left, refs), right: bind(node.right, refs) };
    case "call":
      return { ...node, args: node.args.map((arg) => bind(arg, refs)) };
  }
}

const isLit = (node: Expr): node is Expr & { kind: "lit" } => node.kind === "lit";
const isBoolLit = (node: Expr, value: boolean): boolean => node.kind === "lit" && node.value === value;

/** Evaluates a constant subtree; keeps it when the result is an error or blank, which have no literal form. */
function constant(node: Expr): Expr {
  const value = evaluate(node, {});
  if (value === null || isCellError(value)) return node;
  return { kind: "lit", value, type: node.type === "value" ? literalType(value) : node.type };
}

function literalType(value: number | string | boolean): ExprType {
  return typeof value === "number" ? "number" : typeof value === "string" ? "text" : "bool";
}

/**
 * Folds constants and removes redundant tests, never changing the value (errors included). `safe`
 * holds the inputs known not to be error values here, from the IF tests enclosing the node
 * (IF(ISNUMBER(x),…) or the else branch of IF(NOT(ISNUMBER(x)),…)).
 */
function simplify(node: Expr, safe: ReadonlySet<string> = new Set()): Expr {
  switch (node.kind) {
    case "ref":
    case "lit":
    case "named":
      return node;
    case "neg": {
      const operand = simplify(node.operand, safe);
      const result = { ...node, operand };
      return isLit(operand) ? constant(result) : result;
    }
    case "binary": {
      const left = simplify(node.left, safe);
      const right = simplify(node.right, safe);
      const result = { ...node, left, right };
      return isLit(left) && isLit(right) ? constant(result) : result;
    }
    case "call":
      return simplifyCall(node, safe);
  }
}

function simplifyCall(node: Expr & { kind: "call" }, safe: ReadonlySet<string>): Expr {
  if (node.fn === "IF") {
    const test = simplify(node.args[0], safe);
    if (isBoolLit(test, true)) return simplify(node.args[1], safe);
    if (isBoolLit(test, false)) return simplify(node.args[2], safe);
    let then = simplify(node.args[1], union(safe, factsIf(test, true)));
    let otherwise = simplify(node.args[2], union(safe, factsIf(test, false)));
    // IF(c,a,IF(c,x,y)) = IF(c,a,y): the inner test is reached only when c was FALSE (an error stops at the outer IF).
    while (otherwise.kind === "call" && otherwise.fn === "IF" && sameExpr(otherwise.args[0], test))
      otherwise = otherwise.args[2];
    while (then.kind === "call" && then.fn === "IF" && sameExpr(then.args[0], test)) then = then.args[1];
    if (test.type === "bool") {
      if (isBoolLit(then, true) && isBoolLit(otherwise, false)) return test;
      if (isBoolLit(then, false) && isBoolLit(otherwise, true)) return simplify(not(test as Expr<"bool">), safe);
      if (sameExpr(then, otherwise) && !canError(test, safe)) return then;
    }
    return { ...node, args: [test, then, otherwise] };
  }
  if (node.fn === "AND" || node.fn === "OR") {
    const absorbing = node.fn === "OR";
    const args = node.args
      .map((arg) => simplify(arg, safe))
      .flatMap((arg) => (arg.kind === "call" && arg.fn === node.fn ? arg.args : [arg]))
      .filter((arg) => !isBoolLit(arg, !absorbing));
    // AND(…,FALSE,…) is FALSE only when no other argument can be an error, as Excel evaluates them all.
    if (args.some((arg) => isBoolLit(arg, absorbing)) && !args.some((arg) => canError(arg, safe)))
      return lit(absorbing);
    if (args.length === 0) return lit(!absorbing);
    if (args.length === 1 && args[0].type === "bool") return args[0];
    const result = { ...node, args };
    return args.every(isLit) ? constant(result) : result;
  }
  const args = node.args.map((arg) => simplify(arg, safe));
  if (node.fn === "NOT" && args[0].kind === "call" && args[0].fn === "NOT" && args[0].args[0].type === "bool") {
    return args[0].args[0];
  }
  const result = { ...node, args };
  return args.every(isLit) ? constant(result) : result;
}

function union(a: ReadonlySet<string>, b: readonly string[]): ReadonlySet<string> {
  return b.length === 0 ? a : new Set([...a, ...b]);
}

/** Inputs known not to be error values when `test` evaluates to `outcome` (TRUE or FALSE, not an error). */
function factsIf(test: Expr, outcome: boolean): string[] {
  if (test.kind !== "call") return [];
  const [first] = test.args;
  switch (test.fn) {
    case "ISNUMBER":
    case "ISTEXT":
    case "ISLOGICAL":
      return outcome && first.kind === "ref" ? [first.name] : [];
    case "ISERROR":
      return !outcome && first.kind === "ref" ? [first.name] : [];
    case "NOT":
      return factsIf(first, !outcome);
    case "AND":
      // AND is TRUE only when every argument is TRUE; OR is FALSE only when every argument is FALSE.
      return outcome ? test.args.flatMap((arg) => factsIf(arg, true)) : [];
    case "OR":
      return outcome ? [] : test.args.flatMap((arg) => factsIf(arg, false));
    default:
      return [];
  }
}

function sameExpr(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "ref":
    case "named":
      return a.name === (b as typeof a).name;
    case "lit":
      return a.value === (b as typeof a).value;
    case "neg":
      return sameExpr(a.operand, (b as typeof a).operand);
    case "binary": {
      const other = b as typeof a;
      return a.op === other.op && sameExpr(a.left, other.left) && sameExpr(a.right, other.right);
    }
    case "call": {
      const other = b as typeof a;
      return (
        a.fn === other.fn && a.args.length === other.args.length && a.args.every((x, i) => sameExpr(x, other.args[i]))
      );
    }
  }
}

/**
 * Whether an expression may evaluate to an error value, conservatively (true when unsure). Inputs in
 * `safe` are known not to be errors, e.g. inside IF(ISTEXT(x),…) or IF(ISNUMBER(x),…).
 */
function canError(node: Expr, safe: ReadonlySet<string> = new Set()): boolean {
  switch (node.kind) {
    case "lit":
      return false;
    case "ref":
    case "named":
      return !safe.has(node.name);
    case "neg":
    case "binary":
      // Arithmetic may meet text (#VALUE!), zero (#DIV/0!) or overflow; only comparisons are error-free on safe operands.
      return node.kind === "neg" || "+-*/".includes(node.op) || canError(node.left, safe) || canError(node.right, safe);
    case "call": {
      const [first] = node.args;
      switch (node.fn) {
        case "ISBLANK":
        case "ISNUMBER":
        case "ISTEXT":
        case "ISLOGICAL":
        case "ISERROR":
          return false;
        case "IF":
          return (
            canError(first, safe) ||
            canError(node.args[1], union(safe, factsIf(first, true))) ||
            canError(node.args[2], union(safe, factsIf(first, false)))
          );
        case "IFERROR":
          return canError(node.args[1], safe);
        case "AND":
        case "OR":
        case "NOT":
          return node.args.some((arg) => canError(arg, safe));
        case "LOWER":
        case "TRIM":
          // Text functions turn any non-error value into text: they fail only on an error argument.
          return canError(first, safe);
        default:
          return true;
      }
    }
  }
}

/** Precedence of what an expression prints as, Excel's order: comparisons < + - < * / < unary minus < atoms. */
const PREC = { comparison: 1, additive: 3, multiplicative: 4, unary: 6, atom: 9 } as const;

function precedenceOf(op: BinaryOperator): number {
  if (op === "+" || op === "-") return PREC.additive;
  if (op === "*" || op === "/") return PREC.multiplicative;
  return PREC.comparison;
}

interface Printed {
  text: string;
  prec: number;
}

function print(node: Expr, refs: FormulaRefs): Printed {
  switch (node.kind) {
    case "lit":
      return printLiteral(node.value);
    case "ref":
    case "named": {
      const ref = operandOf(refs, node.name);
      if (typeof ref !== "string") throw new Error(`Input "${node.name}" has no reference`);
      if (!isFormulaReference(ref))
        throw new Error(`Not a cell reference or defined name: "${ref}" (for "${node.name}")`);
      return { text: ref, prec: PREC.atom };
    }
    case "neg": {
      const operand = print(node.operand, refs);
      return { text: `-${operand.prec < PREC.unary ? `(${operand.text})` : operand.text}`, prec: PREC.unary };
    }
    case "binary": {
      const prec = precedenceOf(node.op);
      const left = print(node.left, refs);
      const right = print(node.right, refs);
      const leftText =
        left.prec < prec || (prec === PREC.comparison && left.prec === prec) ? `(${left.text})` : left.text;
      // Right operands of equal precedence keep their parentheses, so Excel evaluates in the tree's order
      // (a-(b-c), and a+(b+c) whose rounding differs); a leading minus is bracketed for readability.
      const rightText = right.prec <= prec || right.text.startsWith("-") ? `(${right.text})` : right.text;
      return { text: `${leftText}${node.op}${rightText}`, prec };
    }
    case "call":
      return { text: `${node.fn}(${node.args.map((arg) => print(arg, refs).text).join(",")})`, prec: PREC.atom };
  }
}

function printLiteral(value: number | string | boolean): Printed {
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", prec: PREC.atom };
  if (typeof value === "string") {
    if (value.length > MAX_TEXT_LITERAL)
      throw new Error(`Text constant longer than Excel's ${MAX_TEXT_LITERAL} characters`);
    return { text: `"${value.replace(/"/g, '""')}"`, prec: PREC.atom };
  }
  const text = String(value).toUpperCase();
  return { text, prec: value < 0 ? PREC.unary : PREC.atom };
}
