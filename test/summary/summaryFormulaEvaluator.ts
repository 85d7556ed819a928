/**
 * A small, independent evaluator for the formulas the summary sheets write — COUNTIFS with Excel's criteria
 * rules (operators, case-insensitive whole-cell text with `*`, `?`, `~` wildcards, numbers compared only with
 * numbers), SUM, IF, AND, DATE, YEAR, MONTH, ROUNDUP, `&`, arithmetic and comparisons — over a workbook
 * snapshot whose formula cells hold their calculated values. It lets the property tests check the formulas
 * against the status engine's counts without a spreadsheet; LibreOffice is the real check, elsewhere.
 */
import { dateToSerial, serialToIso } from "../../src/core/dates/excelDate";
import { parseRangeAddress } from "../../src/core/workbook/a1";
import type { SnapshotValue, WorkbookSnapshot } from "../../src/core/workbook/workbookSnapshot";

type Value = number | string | boolean | null;
type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; sheet: string | null; a1: string }
  | { t: "name"; v: string }
  | { t: "fn"; v: string }
  | { t: "op"; v: string };

type Ast =
  | { k: "val"; v: Value }
  | { k: "ref"; sheet: string | null; a1: string }
  | { k: "name"; v: string }
  | { k: "bin"; op: string; a: Ast; b: Ast }
  | { k: "neg"; a: Ast }
  | { k: "fn"; name: string; args: Ast[] };

function tokenize(formula: string): Token[] {
  const src = formula.replace(/^=/, "");
  const out: Token[] = [];
  const ref = /^(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])/;
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = "";
      while (j < src.length) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      out.push({ t: "str", v: text });
      i = j + 1;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(rest);
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const r = ref.exec(rest);
    if (r) {
      out.push({ t: "ref", sheet: r[1] !== undefined ? r[1].replace(/''/g, "'") : (r[2] ?? null), a1: r[3] });
      i += r[0].length;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(rest);
    if (word) {
      if (src[i + word[0].length] === "(") out.push({ t: "fn", v: word[0].toUpperCase() });
      else out.push({ t: "name", v: word[0] });
      i += word[0].length;
      continue;
    }
    const two = rest.slice(0, 2);
    if (["<=", ">=", "<>"].includes(two)) {
      out.push({ t: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/&=<>(),".includes(ch)) {
      out.push({ t: "op", v: ch });
      i++;
      continue;
    }
    throw new Error(`Unexpected ${ch} in ${formula}`);
  }
  return out;
}

const PRECEDENCE: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
};

function parse(tokens: Token[]): Ast {
  let pos = 0;
  const peek = () => tokens[pos];
  const expect = (v: string) => {
    const tok = tokens[pos++];
    if (tok?.t !== "op" || tok.v !== v) throw new Error(`Expected ${v}`);
  };
  const primary = (): Ast => {
    const tok = tokens[pos++];
    if (!tok) throw new Error("Unexpected end");
    switch (tok.t) {
      case "num":
        return { k: "val", v: tok.v };
      case "str":
        return { k: "val", v: tok.v };
      case "ref":
        return { k: "ref", sheet: tok.sheet, a1: tok.a1 };
      case "name":
        if (tok.v.toUpperCase() === "TRUE" || tok.v.toUpperCase() === "FALSE") {
          return { k: "val", v: tok.v.toUpperCase() === "TRUE" };
        }
        return { k: "name", v: tok.v };
      case "fn": {
        expect("(");
        const args: Ast[] = [];
        if (!(peek()?.t === "op" && (peek() as { v: string }).v === ")")) {
          for (;;) {
            args.push(expression(0));
            const next = tokens[pos++];
            if (next?.t === "op" && next.v === ")") break;
            if (!(next?.t === "op" && next.v === ",")) throw new Error("Expected , or )");
          }
        } else pos++;
        return { k: "fn", name: tok.v, args };
      }
      case "op":
        if (tok.v === "(") {
          const inner = expression(0);
          expect(")");
          return inner;
        }
        if (tok.v === "-") return { k: "neg", a: primary() };
        throw new Error(`Unexpected ${tok.v}`);
    }
  };
  const expression = (min: number): Ast => {
    let left = primary();
    for (;;) {
      const tok = peek();
      if (tok?.t !== "op" || PRECEDENCE[tok.v] === undefined || PRECEDENCE[tok.v] < min) return left;
      pos++;
      const right = expression(PRECEDENCE[tok.v] + 1);
      left = { k: "bin", op: tok.v, a: left, b: right };
    }
  };
  const ast = expression(0);
  if (pos !== tokens.length) throw new Error("Trailing tokens");
  return ast;
}

function plain(value: SnapshotValue | undefined): Value {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return `#${value.error}`;
  return value;
}

function wildcardRegex(pattern: string): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) out += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") out += "[\\s\\S]*";
    else if (ch === "?") out += "[\\s\\S]";
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`, "iu");
}

/** Excel's COUNTIFS criterion test for one cell. */
export function meetsCriterion(cell: Value, criterion: Value): boolean {
  const text = criterion === null ? "" : String(criterion);
  const op = /^(<=|>=|<>|<|>|=)?/.exec(text)?.[0] ?? "";
  const operand = text.slice(op.length);
  const numeric = operand.trim() !== "" && Number.isFinite(Number(operand));
  if (numeric) {
    if (typeof cell !== "number") return op === "<>";
    const n = Number(operand);
    switch (op) {
      case "<=":
        return cell <= n;
      case ">=":
        return cell >= n;
      case "<":
        return cell < n;
      case ">":
        return cell > n;
      case "<>":
        return cell !== n;
      default:
        return cell === n;
    }
  }
  if (op === "<" || op === ">" || op === "<=" || op === ">=") throw new Error(`Text ordering criterion ${text}`);
  const matches =
    operand === "" ? cell === null || cell === "" : typeof cell === "string" && wildcardRegex(operand).test(cell);
  return op === "<>" ? !matches : matches;
}

/** Evaluates a formula on `sheet` of the snapshot; names resolve through `snapshot.names`. */
export class SummaryFormulaEvaluator {
  private readonly cache = new Map<string, Value>();
  private readonly ranges = new Map<string, Value[]>();

  constructor(private readonly snapshot: WorkbookSnapshot) {}

  private sheetOf(name: string) {
    const sheet = this.snapshot.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  /** The value of a cell, evaluating its formula when it has one and no calculated value. */
  cell(sheetName: string, row: number, col: number): Value {
    const key = `${sheetName}!${row}:${col}`;
    if (this.cache.has(key)) return this.cache.get(key) ?? null;
    const cell = this.sheetOf(sheetName).rows[row]?.[col];
    let value: Value = plain(cell?.value);
    if (cell?.formula !== undefined && cell.value === null) value = this.evaluate(cell.formula, sheetName);
    this.cache.set(key, value);
    return value;
  }

  private range(sheet: string, a1: string): Value[] {
    const key = `${sheet}!${a1}`;
    const cached = this.ranges.get(key);
    if (cached) return cached;
    const r = parseRangeAddress(a1.replace(/\$/g, ""));
    const out: Value[] = [];
    this.ranges.set(key, out);
    for (let row = r.row; row < r.row + r.rowCount; row++) {
      for (let col = r.col; col < r.col + r.colCount; col++) out.push(this.cell(sheet, row, col));
    }
    return out;
  }

  evaluate(formula: string, sheet: string): Value {
    return this.run(parse(tokenize(formula)), sheet);
  }

  private name(name: string): Value {
    const ref = Object.entries(this.snapshot.names).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    if (!ref) throw new Error(`#NAME? ${name}`);
    const match = /^'((?:[^']|'')+)'!(\S+)$/.exec(ref);
    if (!match) throw new Error(`Bad name ref ${ref}`);
    const { row, col } = parseRangeAddress(match[2].replace(/\$/g, ""));
    return this.cell(match[1].replace(/''/g, "'"), row, col);
  }

  private run(ast: Ast, sheet: string): Value {
    const num = (a: Ast) => {
      const v = this.run(a, sheet);
      if (v === null || v === "") return 0;
      if (typeof v === "boolean") return v ? 1 : 0;
      if (typeof v !== "number") throw new Error(`#VALUE! ${String(v)}`);
      return v;
    };
    switch (ast.k) {
      case "val":
        return ast.v;
      case "ref": {
        if (ast.a1.includes(":")) throw new Error("A range used as a value");
        const { row, col } = parseRangeAddress(ast.a1.replace(/\$/g, ""));
        return this.cell(ast.sheet ?? sheet, row, col);
      }
      case "name":
        return this.name(ast.v);
      case "neg":
        return -num(ast.a);
      case "bin": {
        if (ast.op === "&") {
          const text = (v: Value) => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
          return text(this.run(ast.a, sheet)) + text(this.run(ast.b, sheet));
        }
        if (["+", "-", "*", "/"].includes(ast.op)) {
          const a = num(ast.a);
          const b = num(ast.b);
          if (ast.op === "/" && b === 0) throw new Error("#DIV/0!");
          return ast.op === "+" ? a + b : ast.op === "-" ? a - b : ast.op === "*" ? a * b : a / b;
        }
        const a = this.run(ast.a, sheet);
        const b = this.run(ast.b, sheet);
        const cmp = (x: Value, y: Value) => {
          if (typeof x === "string" && typeof y === "string") return x.toLowerCase().localeCompare(y.toLowerCase());
          return Number(x ?? 0) - Number(y ?? 0);
        };
        const c = cmp(a, b);
        return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[ast.op] ?? false;
      }
      case "fn":
        return this.call(ast.name, ast.args, sheet, num);
    }
  }

  private call(name: string, args: Ast[], sheet: string, num: (a: Ast) => number): Value {
    const rangeOf = (a: Ast) => {
      if (a.k !== "ref") throw new Error(`${name} needs a range`);
      return this.range(a.sheet ?? sheet, a.a1);
    };
    switch (name) {
      case "COUNTIFS": {
        const pairs: [Value[], Value][] = [];
        for (let i = 0; i < args.length; i += 2) pairs.push([rangeOf(args[i]), this.run(args[i + 1], sheet)]);
        const size = pairs[0][0].length;
        if (pairs.some(([r]) => r.length !== size)) throw new Error("#VALUE! ranges differ in size");
        let count = 0;
        for (let i = 0; i < size; i++) if (pairs.every(([r, c]) => meetsCriterion(r[i], c))) count++;
        return count;
      }
      case "SUM":
        return args
          .flatMap((a) => (a.k === "ref" && a.a1.includes(":") ? rangeOf(a) : [this.run(a, sheet)]))
          .reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
      case "IF": {
        const test = this.run(args[0], sheet);
        return test ? this.run(args[1], sheet) : args[2] ? this.run(args[2], sheet) : false;
      }
      case "AND":
        return args.map((a) => this.run(a, sheet)).every(Boolean);
      case "DATE":
        return dateToSerial(num(args[0]), 1, 1) + monthsToDays(num(args[0]), num(args[1]), num(args[2]));
      case "YEAR":
        return Number(serialToIso(num(args[0])).slice(0, 4));
      case "MONTH":
        return Number(serialToIso(num(args[0])).slice(5, 7));
      case "ROUNDUP": {
        const f = 10 ** num(args[1]);
        const x = num(args[0]);
        return (Math.sign(x) * Math.ceil(Math.abs(x) * f - 1e-9)) / f;
      }
      default:
        throw new Error(`Unknown function ${name}`);
    }
  }
}

/** Days from 1 January of `year` to DATE(year, month, day), months past 12 rolling into the next year. */
function monthsToDays(year: number, month: number, day: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return dateToSerial(y, m, 1) - dateToSerial(year, 1, 1) + day - 1;
}
