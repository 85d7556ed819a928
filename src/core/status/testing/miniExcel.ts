/**
 * A tiny spreadsheet-formula interpreter for the tests: it parses the formula TEXT that `toFormula`
 * prints and evaluates it over a map of cell values, with Excel's semantics written out again,
 * independently of `evaluate`. Agreement between the two shows that printing (precedence,
 * parentheses, quoting) and folding keep the meaning. It knows only the functions the compiler may
 * emit, and treats text used as a number as #VALUE! (the rules are proven never to do that).
 * The real check is LibreOffice recalculating generated workbooks, elsewhere in the suite.
 */
import { cellError, isCellError, type CellError, type CellValue } from "../cellValue";

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "ref"; v: string }
  | { t: "fn"; v: string }
  | { t: "op"; v: string };

type Ast =
  | { k: "val"; v: number | string | boolean }
  | { k: "ref"; name: string }
  | { k: "neg"; a: Ast }
  | { k: "bin"; op: string; a: Ast; b: Ast }
  | { k: "fn"; name: string; args: Ast[] };

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  const word = /(?:'(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_.]*!)?[$\p{L}_\\][\p{L}\p{N}_.$]*/uy;
  const number = /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/iy;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= src.length) throw new Error("unterminated string");
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
      tokens.push({ t: "str", v: text });
      i = j + 1;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === "<=" || two === ">=" || two === "<>") {
      tokens.push({ t: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/=<>(),".includes(ch)) {
      tokens.push({ t: "op", v: ch });
      i += 1;
      continue;
    }
    number.lastIndex = i;
    const n = number.exec(src);
    if (n) {
      tokens.push({ t: "num", v: Number(n[0]) });
      i += n[0].length;
      continue;
    }
    word.lastIndex = i;
    const w = word.exec(src);
    if (!w) throw new Error(`unexpected "${ch}" at ${i} in ${formula}`);
    i += w[0].length;
    if (src[i] === "(") tokens.push({ t: "fn", v: w[0] });
    else if (/^(TRUE|FALSE)$/.test(w[0])) tokens.push({ t: "bool", v: w[0] === "TRUE" });
    else tokens.push({ t: "ref", v: w[0] });
  }
  return tokens;
}

export function parse(formula: string): Ast {
  const tokens = tokenize(formula);
  let pos = 0;
  const peekOp = (...ops: string[]): string | undefined => {
    const token = tokens[pos];
    return token && token.t === "op" && ops.includes(token.v) ? token.v : undefined;
  };
  const expect = (op: string): void => {
    if (peekOp(op) === undefined) throw new Error(`expected "${op}" at token ${pos} in ${formula}`);
    pos += 1;
  };
  const level = (ops: string[], next: () => Ast): Ast => {
    let left = next();
    for (let op = peekOp(...ops); op !== undefined; op = peekOp(...ops)) {
      pos += 1;
      left = { k: "bin", op, a: left, b: next() };
    }
    return left;
  };
  const comparison = (): Ast => level(["=", "<>", "<", "<=", ">", ">="], additive);
  const additive = (): Ast => level(["+", "-"], multiplicative);
  const multiplicative = (): Ast => level(["*", "/"], unary);
  const unary = (): Ast => {
    if (peekOp("-")) {
      pos += 1;
      return { k: "neg", a: unary() };
    }
    return primary();
  };
  const primary = (): Ast => {
    const token = tokens[pos++];
    if (!token) throw new Error(`unexpected end of ${formula}`);
    switch (token.t) {
      case "num":
      case "str":
      case "bool":
        return { k: "val", v: token.v };
      case "ref":
        return { k: "ref", name: token.v };
      case "fn": {
        expect("(");
        const args: Ast[] = [];
        if (!peekOp(")")) {
          args.push(comparison());
          while (peekOp(",")) {
            pos += 1;
            args.push(comparison());
          }
        }
        expect(")");
        return { k: "fn", name: token.v, args };
      }
      case "op":
        if (token.v === "(") {
          const inner = comparison();
          expect(")");
          return inner;
        }
        throw new Error(`unexpected "${token.v}" in ${formula}`);
    }
  };
  const ast = comparison();
  if (pos !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return ast;
}

type Plain = Exclude<CellValue, CellError>;

function asNumber(v: Plain): number | CellError {
  if (v === null) return 0;
  if (typeof v === "boolean") return Number(v);
  if (typeof v === "string") return cellError("#VALUE!");
  return v;
}

function asBool(v: Plain): boolean | CellError {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  return cellError("#VALUE!");
}

/** Text functions see TRUE as "TRUE" and a blank as "". */
function asText(v: Plain): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v === null ? "" : String(v);
}

function typeOrder(v: number | string | boolean): number {
  return { number: 0, string: 1, boolean: 2 }[typeof v as "number" | "string" | "boolean"];
}

function compare(x: Plain, y: Plain): number {
  if (x === null && y === null) return 0;
  const a = x ?? (typeof y === "string" ? "" : typeof y === "boolean" ? false : 0);
  const b = y ?? (typeof x === "string" ? "" : typeof x === "boolean" ? false : 0);
  if (typeOrder(a) !== typeOrder(b)) return typeOrder(a) < typeOrder(b) ? -1 : 1;
  const [p, q] = typeof a === "string" ? [a.toLowerCase(), (b as string).toLowerCase()] : [a, b];
  return p === q ? 0 : p < q ? -1 : 1;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(Number((Number(Math.abs(x).toPrecision(15)) * f).toPrecision(15))) / f;
  return x < 0 ? -r : r;
}

/** Evaluates a formula over cell values (keys as the formula writes them: `I5`, `$Q5`, `NgayBaoCao`). */
export function miniExcel(formula: string, cells: Readonly<Record<string, CellValue>>): CellValue {
  const run = (node: Ast): CellValue => {
    const value = step(node);
    return value === 0 ? 0 : value;
  };
  const step = (node: Ast): CellValue => {
    switch (node.k) {
      case "val":
        return node.v;
      case "ref": {
        if (!(node.name in cells)) throw new Error(`no cell ${node.name}`);
        return cells[node.name];
      }
      case "neg": {
        const a = run(node.a);
        if (isCellError(a)) return a;
        const n = asNumber(a);
        return isCellError(n) ? n : n === 0 ? 0 : -n;
      }
      case "bin": {
        const a = run(node.a);
        if (isCellError(a)) return a;
        const b = run(node.b);
        if (isCellError(b)) return b;
        if ("+-*/".includes(node.op)) {
          const x = asNumber(a);
          if (isCellError(x)) return x;
          const y = asNumber(b);
          if (isCellError(y)) return y;
          if (node.op === "/" && y === 0) return cellError("#DIV/0!");
          const r = { "+": x + y, "-": x - y, "*": x * y, "/": x / y }[node.op as "+"] ?? NaN;
          return Number.isFinite(r) ? (r === 0 ? 0 : r) : cellError("#NUM!");
        }
        const c = compare(a, b);
        return { "=": c === 0, "<>": c !== 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0 }[node.op] ?? false;
      }
      case "fn":
        return call(node.name, node.args);
    }
  };
  const call = (name: string, args: Ast[]): CellValue => {
    if (name === "IF") {
      if (args.length !== 3) throw new Error("IF takes 3 arguments here");
      const c = run(args[0]);
      if (isCellError(c)) return c;
      const b = asBool(c);
      return isCellError(b) ? b : run(b ? args[1] : args[2]);
    }
    if (name === "IFERROR") {
      const v = run(args[0]);
      return isCellError(v) ? run(args[1]) : (v ?? 0);
    }
    const values = args.map(run);
    if (name === "ISERROR") return isCellError(values[0]);
    if (name === "ISBLANK") return values[0] === null;
    if (name === "ISNUMBER") return typeof values[0] === "number";
    if (name === "ISTEXT") return typeof values[0] === "string";
    if (name === "ISLOGICAL") return typeof values[0] === "boolean";
    const error = values.find(isCellError);
    if (error) return error;
    const plain = values as Plain[];
    switch (name) {
      case "AND":
      case "OR": {
        const bools = plain.filter((v) => v !== null).map(asBool);
        const bad = bools.find(isCellError);
        if (bad) return bad;
        if (bools.length === 0) return cellError("#VALUE!");
        return name === "AND" ? bools.every((b) => b === true) : bools.some((b) => b === true);
      }
      case "NOT": {
        const b = asBool(plain[0]);
        return isCellError(b) ? b : !b;
      }
      case "ABS":
      case "MIN":
      case "MAX":
      case "ROUND": {
        const nums = plain.map(asNumber);
        const bad = nums.find(isCellError);
        if (bad) return bad;
        const ns = nums as number[];
        if (name === "ABS") return Math.abs(ns[0]);
        if (name === "ROUND") return round(ns[0], Math.trunc(ns[1]));
        return name === "MIN" ? Math.min(...ns) : Math.max(...ns);
      }
      case "LOWER":
        return asText(plain[0]).toLowerCase();
      case "TRIM":
        return asText(plain[0])
          .split(" ")
          .filter((part) => part !== "")
          .join(" ");
      default:
        throw new Error(`miniExcel does not know ${name}`);
    }
  };
  const result = run(parse(formula));
  // Excel has no negative zero.
  return result === 0 ? 0 : result;
}
