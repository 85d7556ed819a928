/**
 * The TypeScript backend of the rule language: evaluates an `Expr` with the semantics Excel gives the
 * compiled formula, so that the engine and the workbook agree cell for cell.
 *
 * Semantics kept from Excel (and LibreOffice/WPS, which follow it for these cases):
 * - a blank input is 0 in arithmetic, and in a comparison takes the other side's type (0, "" or FALSE);
 * - comparisons across types order numbers < text < booleans, never converting; text compares ignoring case;
 * - an error value propagates through operators and functions, except ISERROR/ISNUMBER/… and IFERROR;
 * - division by zero gives #DIV/0!; IF evaluates only the branch taken, AND/OR evaluate every argument.
 *
 * Some behaviour differs between hosts or settings: text coerced to a number (locale: "2,5"), numbers
 * turned into text (number formats), text ordering (collation), case-sensitive text equality (a
 * LibreOffice option), floating-point near-ties (each host's tolerance), MIN/MAX of non-numbers, and
 * booleans, which LibreOffice keeps as the numbers 1 and 0 (ISNUMBER(TRUE) is TRUE, TRUE=1 is TRUE). With
 * `strict: true` evaluation throws a HostDependentError instead of picking one behaviour; the tests run
 * every rule strictly over random inputs, which proves the rules never depend on those differences.
 */
import { cellError, isCellError, type CellError, type CellValue } from "./cellValue";
import type { BinaryNode, CallNode, ComparisonOperator, Expr } from "./expr";

/** The inputs of one evaluation, by name; `undefined` or `null` is a blank cell. */
export type Env = Readonly<Record<string, CellValue | undefined>>;

export interface EvaluateOptions {
  /** Throw HostDependentError where Excel, LibreOffice and WPS could disagree (used by the tests). */
  strict?: boolean;
}

/** Raised in strict mode when a result would depend on the spreadsheet host or its settings. */
export class HostDependentError extends Error {
  constructor(reason: string) {
    super(`Host-dependent evaluation: ${reason}`);
    this.name = "HostDependentError";
  }
}

/**
 * Relative difference under which hosts may call two different numbers equal: LibreOffice's
 * approxEqual uses 2^-48 (3.6e-15); Excel compares to about 15 significant digits.
 */
const NEAR_TIE = 5e-15;

/** Evaluates a rule expression with Excel's semantics; the workbook formula compiled from it gives the same value. */
export function evaluate(expr: Expr, env: Env, options: EvaluateOptions = {}): CellValue {
  return new Evaluator(env, options.strict === true).run(expr);
}

/** Excel's ROUND: half away from zero, on the value read to 15 significant digits (so 1.005 → 1.01 at 2 digits). */
export function excelRound(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const magnitude = Number(Math.abs(x).toPrecision(15));
  const scaled = digits >= 0 ? magnitude * 10 ** digits : magnitude / 10 ** -digits;
  const whole = Math.floor(Number(scaled.toPrecision(15)) + 0.5);
  const result = digits >= 0 ? whole / 10 ** digits : whole * 10 ** -digits;
  return result === 0 ? 0 : Math.sign(x) * result;
}

/** Excel's TRIM: only the space character U+0020 is trimmed and collapsed (not tabs or no-break spaces). */
export function excelTrim(text: string): string {
  return text.replace(/ +/g, " ").replace(/^ /, "").replace(/ $/, "");
}

class Evaluator {
  private readonly memo = new Map<Expr, CellValue>();

  constructor(
    private readonly env: Env,
    private readonly strict: boolean,
  ) {}

  run(node: Expr): CellValue {
    switch (node.kind) {
      case "ref":
        return this.input(node.name);
      case "lit":
        return node.value;
      case "named": {
        if (!this.memo.has(node)) this.memo.set(node, this.run(node.def));
        return this.memo.get(node) as CellValue;
      }
      case "neg": {
        const value = this.number(this.run(node.operand), "-");
        return isCellError(value) ? value : 0 - value;
      }
      case "binary":
        return this.binary(node);
      case "call":
        return this.call(node);
    }
  }

  private input(name: string): CellValue {
    if (!Object.prototype.hasOwnProperty.call(this.env, name)) throw new Error(`No value given for input "${name}"`);
    const value = this.env[name];
    if (value === undefined) return null;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return cellError("#NUM!");
      return value === 0 ? 0 : value;
    }
    return value;
  }

  /** A value as an arithmetic operand: blank is 0, TRUE is 1; text is coerced by a host-dependent parse. */
  private number(value: CellValue, where: string): number | CellError {
    if (isCellError(value)) return value;
    if (value === null) return 0;
    if (typeof value === "number") return value;
    if (typeof value === "boolean") return value ? 1 : 0;
    if (this.strict) throw new HostDependentError(`text "${value}" used as a number in ${where}`);
    const text = value.trim();
    return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : cellError("#VALUE!");
  }

  private binary(node: BinaryNode): CellValue {
    const left = this.run(node.left);
    if (isCellError(left)) return left;
    const right = this.run(node.right);
    if (isCellError(right)) return right;
    if (node.op === "+" || node.op === "-" || node.op === "*" || node.op === "/") {
      const a = this.number(left, node.op);
      if (isCellError(a)) return a;
      const b = this.number(right, node.op);
      if (isCellError(b)) return b;
      if (node.op === "/" && b === 0) return cellError("#DIV/0!");
      const result = node.op === "+" ? a + b : node.op === "-" ? a - b : node.op === "*" ? a * b : a / b;
      if (!Number.isFinite(result)) return cellError("#NUM!");
      return result === 0 ? 0 : result;
    }
    const order = this.compare(left, right, node.op);
    switch (node.op) {
      case "=":
        return order === 0;
      case "<>":
        return order !== 0;
      case "<":
        return order < 0;
      case "<=":
        return order <= 0;
      case ">":
        return order > 0;
      case ">=":
        return order >= 0;
    }
  }

  /** Excel's comparison order: a blank takes the other side's type; numbers < text < booleans. */
  private compare(a: Exclude<CellValue, CellError>, b: Exclude<CellValue, CellError>, op: ComparisonOperator): number {
    if (a === null && b === null) return 0;
    const left = a === null ? blankLike(b) : a;
    const right = b === null ? blankLike(a) : b;
    const rankDiff = rank(left) - rank(right);
    if (rankDiff !== 0) {
      // Excel ranks booleans above numbers and text; LibreOffice compares them as the numbers 1 and 0.
      if (this.strict && (typeof left === "boolean" || typeof right === "boolean")) {
        throw new HostDependentError(
          `comparison of a boolean with ${JSON.stringify(typeof left === "boolean" ? right : left)}`,
        );
      }
      return Math.sign(rankDiff);
    }
    if (typeof left === "number" && typeof right === "number") {
      if (left === right) return 0;
      if (this.strict && Math.abs(left - right) <= NEAR_TIE * Math.max(Math.abs(left), Math.abs(right))) {
        throw new HostDependentError(`near-tie comparison of ${left} and ${right}`);
      }
      return left < right ? -1 : 1;
    }
    if (typeof left === "string" && typeof right === "string") {
      if (left === right) return 0;
      const l = left.toLowerCase();
      const r = right.toLowerCase();
      if (l === r) {
        if (this.strict) throw new HostDependentError(`"${left}" and "${right}" differ only in case`);
        return 0;
      }
      if (this.strict && op !== "=" && op !== "<>")
        throw new HostDependentError(`text ordering ("${left}" ${op} "${right}")`);
      return l < r ? -1 : 1;
    }
    return left === right ? 0 : left ? 1 : -1;
  }

  private call(node: CallNode): CellValue {
    const args = node.args;
    switch (node.fn) {
      case "IF": {
        const test = this.truth(this.run(args[0]), "IF");
        return isCellError(test) ? test : this.run(test ? args[1] : args[2]);
      }
      case "AND":
      case "OR": {
        const values = args.map((arg) => this.run(arg));
        const error = values.find(isCellError);
        if (error) return error;
        const truths: boolean[] = [];
        for (const value of values) {
          if (value === null) continue;
          const truth = this.truth(value, node.fn);
          if (isCellError(truth)) return truth;
          truths.push(truth);
        }
        if (truths.length === 0) return cellError("#VALUE!");
        return node.fn === "AND" ? truths.every(Boolean) : truths.some(Boolean);
      }
      case "NOT": {
        const value = this.run(args[0]);
        if (value === null) return true;
        const truth = this.truth(value, "NOT");
        return isCellError(truth) ? truth : !truth;
      }
      case "ISBLANK":
        return this.run(args[0]) === null;
      case "ISNUMBER": {
        const value = this.run(args[0]);
        // LibreOffice stores a boolean as a number formatted TRUE/FALSE: ISNUMBER(TRUE) is TRUE there.
        if (typeof value === "boolean" && this.strict) throw new HostDependentError("ISNUMBER of a boolean");
        return typeof value === "number";
      }
      case "ISTEXT":
        return typeof this.run(args[0]) === "string";
      case "ISLOGICAL":
        return typeof this.run(args[0]) === "boolean";
      case "ISERROR":
        return isCellError(this.run(args[0]));
      case "IFERROR": {
        const value = this.run(args[0]);
        if (isCellError(value)) return this.run(args[1]);
        if (value === null && this.strict) throw new HostDependentError("IFERROR of a blank");
        return value === null ? 0 : value;
      }
      case "ABS":
      case "ROUND":
      case "MIN":
      case "MAX": {
        const numbers: number[] = [];
        for (const arg of args) {
          const value = this.run(arg);
          if (isCellError(value)) return value;
          if (this.strict && typeof value !== "number") {
            throw new HostDependentError(`${node.fn} of a non-number (${JSON.stringify(value)})`);
          }
          const n = this.number(value, node.fn);
          if (isCellError(n)) return n;
          numbers.push(n);
        }
        if (node.fn === "ABS") return Math.abs(numbers[0]);
        if (node.fn === "ROUND") return excelRound(numbers[0], Math.trunc(numbers[1]));
        return node.fn === "MIN" ? Math.min(...numbers) : Math.max(...numbers);
      }
      case "LOWER":
      case "TRIM": {
        const value = this.run(args[0]);
        if (isCellError(value)) return value;
        if (typeof value !== "string" && this.strict) {
          throw new HostDependentError(`${node.fn} of a non-text value (${JSON.stringify(value)})`);
        }
        const text = typeof value === "string" ? value : value === null ? "" : String(value).toUpperCase();
        return node.fn === "LOWER" ? text.toLowerCase() : excelTrim(text);
      }
    }
  }

  /** A condition's truth: booleans as they are, numbers non-zero; text "TRUE"/"FALSE" only. */
  private truth(value: CellValue, where: string): boolean | CellError {
    if (isCellError(value)) return value;
    if (typeof value === "boolean") return value;
    if (this.strict) throw new HostDependentError(`${where} of a non-boolean (${JSON.stringify(value)})`);
    if (value === null) return false;
    if (typeof value === "number") return value !== 0;
    const text = value.toLowerCase();
    return text === "true" ? true : text === "false" ? false : cellError("#VALUE!");
  }
}

function rank(value: number | string | boolean): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

function blankLike(other: number | string | boolean | null): number | string | boolean {
  return typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
}
