/**
 * The target rules, written once in the rule language: `targetStatus` evaluates them in TypeScript,
 * `targetStatusFormula` / `targetResultFormula` compile the very same trees into the `Đánh giá` and
 * `Kết quả` formulas of the `Chỉ tiêu` sheet.
 *
 * The rules, first match wins:
 * 1. `not_applicable` — Không phát sinh is marked (TRUE, "x" or "có", any case, spaces trimmed).
 * 2. `invalid` — Thực hiện is there but is not a number (text, even "12" or "2,5"; a boolean; an error).
 * 3. `invalid` — for a percent measure, Tổng số is there but is not a number. (Tổng số is read only for
 *    percent measures; for counts it is ignored.)
 * 4. `invalid` — Thực hiện is negative, or Tổng số (read) is negative.
 * 5. Tổng số (read) is 0: `invalid` when Thực hiện > 0, else `not_applicable` (nothing to count).
 * 6. Thực hiện is empty (blank or spaces): `no_data` on a row the unit reports (it leads it, or the
 *    workbook judges every row), `not_assessed` otherwise (a partner's row need not be filled in).
 * 7. `invalid` — Thực hiện > Tổng số; or, for a percent typed directly, more than 100.
 * 8. `not_assessed` — the row is not judged here: the unit does not lead it (and the workbook does not
 *    judge every row), or it is a count summed over many reporters (aggregate `sum`), which
 *    consolidation judges; also when the target value T is not a number.
 * 9. Judgement of v (the `Kết quả` figure) against T with the comparator, then against the expected
 *    figure E: see `judgement` below.
 *
 * v is Thực hiện ÷ Tổng số × 100 for a percent with a Tổng số; Thực hiện × 100 for a percent typed as a
 * fraction (no Tổng số and 0 < Thực hiện < 1, e.g. 0,94 → 94%); otherwise Thực hiện as typed. Computed
 * figures are rounded to 9 decimals so that 7/25×100 is exactly 28 in every host. `Kết quả` shows v
 * after rules 1–7 pass (so also on not-assessed rows, whose figures still count in sums), else "".
 */
import type { CellValue } from "./cellValue";
import { evaluate } from "./evaluate";
import {
  add,
  and,
  cond,
  div,
  eq,
  ge,
  gt,
  ifElse,
  isNumber,
  le,
  lit,
  lt,
  max,
  min,
  mul,
  named,
  not,
  or,
  ref,
  sub,
  type BoolExpr,
  type Expr,
} from "./expr";
import { clean, isBadNumber, isMarked, isNumeric, isTrue, textIs } from "./ruleBuilders";
import { targetStatusLabels } from "../messages/status";
import { targetStatusFromLabel } from "./statusLabels";
import type { TargetStatus } from "./statusTypes";
import { toFormula, type FormulaOperand } from "./toFormula";
import type { StatusContext } from "./statusContext";

/** One row of the `Chỉ tiêu` sheet as the rules read it: raw cell values, exactly as in the workbook. */
export interface TargetInputs {
  /** Thực hiện: a count, a numerator, or a percentage typed directly. */
  done: CellValue;
  /** Tổng số: the denominator, read for percent measures only. */
  total: CellValue;
  /** Không phát sinh: TRUE, "x" or "có" mark the row as not applicable. */
  notApplicable: CellValue;
  /** `percent` or `count` (the hidden Loại số liệu column); anything else reads as a count. */
  measure: CellValue;
  /** `atLeast`, `moreThan`, `atMost`, `lessThan`, `exactly` or `between`; anything else reads as atLeast. */
  comparator: CellValue;
  /** T, the target for the unit's level (the minimum, for `between`). */
  target: CellValue;
  /** Cách tính: `Lũy kế` (also spelt `Luỹ kế`, or the code `cumulative`) is cumulative; anything else is a level. */
  kind: CellValue;
  /** Trách nhiệm: `Chủ trì` when the unit leads the row. */
  responsibility: CellValue;
  /** `sum` when the figure is summed over many reporters (the hidden Tổng hợp column). */
  aggregate: CellValue;
}

export const TARGET_INPUT_NAMES = [
  "done",
  "total",
  "notApplicable",
  "measure",
  "comparator",
  "target",
  "kind",
  "responsibility",
  "aggregate",
  "judgeAll",
  "asOf",
  "yearStart",
  "yearEnd",
] as const;
export type TargetInputName = (typeof TARGET_INPUT_NAMES)[number];

/**
 * Where a target formula reads each input: a cell (`I5`), a defined name (`NgayBaoCao`) or a literal
 * (`{ literal: "percent" }`, `false`). Optionally `result` (the row's Kết quả cell), `expected` (a cell
 * holding `targetExpectedFormula`) and `share` (a cell or name holding `yearShareFormula`) shorten the
 * status formula by reading those figures instead of recomputing them.
 */
export type TargetFormulaRefs = Readonly<Record<TargetInputName, FormulaOperand>> & {
  readonly result?: string;
  readonly expected?: string;
  readonly share?: string;
};

const label = (status: TargetStatus): Expr<"text"> => lit(targetStatusLabels[status].vi);

const done = ref("done");
const total = ref("total");
const target = ref("target");
const comparator = ref("comparator");

const percent = textIs(ref("measure"), ["percent"]);
/**
 * Tổng số is read: a percent measure with a number in Tổng số. (Asked only after rule 3 has turned a
 * boolean Tổng số of a percent row into `invalid`, so ISNUMBER never meets a boolean.)
 */
const usesTotal = ifElse(percent, isNumber(total), lit(false));
const judgesAll = isTrue(ref("judgeAll"));
const leads = textIs(ref("responsibility"), ["chủ trì"]);
const reports = or(judgesAll, leads);
const summedCount = and(textIs(ref("aggregate"), ["sum"]), not(percent));
const judged = or(judgesAll, and(leads, not(summedCount)));

/** Rules 1–7: whether the entry can be used at all. Shared by the status and the Kết quả formulas. */
const entryCases: ReadonlyArray<readonly [BoolExpr, Expr<"text">]> = [
  [isMarked(ref("notApplicable")), label("not_applicable")],
  [isBadNumber(done), label("invalid")],
  [and(percent, isBadNumber(total)), label("invalid")],
  [lt(done, lit(0)), label("invalid")],
  [ifElse(usesTotal, lt(total, lit(0)), lit(false)), label("invalid")],
  [
    ifElse(usesTotal, eq(total, lit(0)), lit(false)),
    ifElse(and(isNumber(done), gt(done, lit(0))), label("invalid"), label("not_applicable")),
  ],
  [not(isNumber(done)), ifElse(reports, label("no_data"), label("not_assessed"))],
  [ifElse(usesTotal, gt(done, total), and(percent, gt(done, lit(100)))), label("invalid")],
];

/** v, the figure judged (see the module comment); meaningful once rules 1–7 have passed. */
const figure = ifElse(
  usesTotal,
  clean(mul(div(done, total), lit(100))),
  ifElse(and(percent, gt(done, lit(0)), lt(done, lit(1))), clean(mul(done, lit(100))), done),
);
const v = named("result", figure);

/**
 * Share of the plan year elapsed at the as-of date: (asOf − 1 Jan + 1) ÷ (31 Dec − 1 Jan + 1), clamped
 * to 0…1. Both ends count as whole days, so 1 Jan is 1/365 (or 1/366) and 31 Dec is exactly 1.
 */
const share = named(
  "share",
  min(
    lit(1),
    max(
      lit(0),
      div(add(sub(ref("asOf"), ref("yearStart")), lit(1)), add(sub(ref("yearEnd"), ref("yearStart")), lit(1))),
    ),
  ),
);

/** E, the figure expected by the as-of date: T for a level; T × share for a cumulative target. */
const expected = named(
  "expected",
  ifElse(textIs(ref("kind"), ["lũy kế", "luỹ kế", "cumulative"]), clean(mul(target, share)), target),
);

const isExactly = textIs(comparator, ["exactly"]);

/**
 * Judging v against T and E. Larger is better for atLeast, moreThan, exactly and between (met from
 * the minimum T up): met when v satisfies the comparator; else on_track when v ≥ E, at_risk when
 * v ≥ 0.9 × E, lagging below. An `exactly` figure above T is lagging: it is off target and more time
 * will not bring it back. Smaller is better for atMost and lessThan, mirrored: met when v satisfies
 * the comparator; else on_track when v ≤ E, at_risk when v ≤ E ÷ 0.9 (within the same 10% band
 * measured the other way), lagging above. Since E ≤ T, a cap that is not met is already above E.
 */
const judgement = ifElse(
  textIs(comparator, ["atmost", "lessthan"]),
  cond(
    [
      [ifElse(textIs(comparator, ["lessthan"]), lt(v, target), le(v, target)), label("met")],
      [le(v, expected), label("on_track")],
      [le(v, clean(div(expected, lit(0.9)))), label("at_risk")],
    ],
    label("lagging"),
  ),
  cond(
    [
      [
        cond([[textIs(comparator, ["morethan"]), gt(v, target)]], ifElse(isExactly, eq(v, target), ge(v, target))),
        label("met"),
      ],
      [ifElse(isExactly, gt(v, target), lit(false)), label("lagging")],
      [ge(v, expected), label("on_track")],
      [ge(v, clean(mul(lit(0.9), expected))), label("at_risk")],
    ],
    label("lagging"),
  ),
);

/** The target rules as expressions: the single definition both backends use. */
export const targetRules = {
  /** The status label (Vietnamese) of a row: the `Đánh giá` formula. */
  status: cond([...entryCases, [not(and(judged, isNumeric(target))), label("not_assessed")]], judgement),
  /** The figure v, or "" when the entry cannot be used: the `Kết quả` formula. */
  result: cond(
    entryCases.map(([when]) => [when, lit("")] as const),
    figure,
  ),
  expected,
  share,
} as const;

function environment(inputs: TargetInputs, ctx: StatusContext): Record<TargetInputName, CellValue> {
  return { ...inputs, ...ctx };
}

/** The status of a target row, by evaluating the same rules the workbook's formula is compiled from. */
export function targetStatus(inputs: TargetInputs, ctx: StatusContext): TargetStatus {
  const value = evaluate(targetRules.status, environment(inputs, ctx));
  const status = typeof value === "string" ? targetStatusFromLabel(value) : undefined;
  if (!status) throw new Error(`Target rules gave ${JSON.stringify(value)}, not a status label`);
  return status;
}

/** The Kết quả figure v of a target row, or null where the formula shows "" (no usable entry). */
export function targetResult(inputs: TargetInputs, ctx: StatusContext): number | null {
  const value = evaluate(targetRules.result, environment(inputs, ctx));
  if (typeof value === "number") return value;
  if (value === "") return null;
  throw new Error(`Target result rule gave ${JSON.stringify(value)}`);
}

/** The `Đánh giá` formula of a target row: the status label, computed live by the workbook. */
export function targetStatusFormula(refs: TargetFormulaRefs): string {
  return toFormula(targetRules.status, refs);
}

/** The `Kết quả` formula of a target row: v, or "" when there is no usable entry. */
export function targetResultFormula(refs: TargetFormulaRefs): string {
  return toFormula(targetRules.result, withoutNamed(refs, "result"));
}

/** A formula for E, the figure expected by the as-of date, for a workbook that keeps it in a cell of its own. */
export function targetExpectedFormula(refs: TargetFormulaRefs): string {
  return toFormula(expected, withoutNamed(refs, "expected"));
}

/** A formula for the share of the plan year elapsed, for a defined name the status formulas can read. */
export function yearShareFormula(refs: Readonly<Record<"asOf" | "yearStart" | "yearEnd", FormulaOperand>>): string {
  return toFormula(share, refs);
}

/** A named figure's own formula must compute it, not read its own cell. */
function withoutNamed(refs: TargetFormulaRefs, name: "result" | "expected"): TargetFormulaRefs {
  const copy: Record<string, FormulaOperand | undefined> = { ...refs };
  delete copy[name];
  return copy as TargetFormulaRefs;
}
