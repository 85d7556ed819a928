/**
 * The activity rules, written once in the rule language: `activityStatus` evaluates them in
 * TypeScript and `activityStatusFormula` compiles the same tree into the `Đánh giá` formula of the
 * `Khung nhiệm vụ` sheet.
 *
 * The rules, first match wins:
 * 1. `not_assessed` — not the unit's own activity: Trách nhiệm is not `Chủ trì` and the workbook does
 *    not judge every row.
 * 2. Tình trạng is `Hoàn thành` (or `Đã hoàn thành`; spaces trimmed, any case): `done_late` when the
 *    activity has a due date, Ngày hoàn thành is a date and it is after the due date; otherwise `done`
 *    (on time, with no due date, ongoing or conditional — and when no completion date was entered,
 *    which the validator flags separately rather than the status guessing lateness).
 * 3. `ongoing` — Loại thời hạn is `ongoing` (Thường xuyên): never overdue.
 * 4. `conditional` — Loại thời hạn is `conditional`, or there is no due date (Hạn hoàn thành is not a date).
 * 5. `overdue` — the as-of date is after the due date.
 * 6. `due_soon` — due within 30 days of the as-of date (0 ≤ due − asOf ≤ 30), whether started or not.
 * 7. `in_progress` — Tình trạng is `Đang thực hiện`.
 * 8. `not_started` — anything else (`Chưa thực hiện`, blank, or unrecognised text, which the validator flags).
 * A completion date with a Tình trạng other than Hoàn thành does not make the activity done: the state is what counts.
 */
import type { CellValue } from "./cellValue";
import { evaluate } from "./evaluate";
import { cond, gt, ifElse, le, lit, not, or, ref, sub, and, type Expr } from "./expr";
import { isNumeric, isTrue, textIs } from "./ruleBuilders";
import { activityStatusLabels } from "../messages/status";
import { activityStatusFromLabel } from "./statusLabels";
import type { ActivityStatus } from "./statusTypes";
import { toFormula, type FormulaOperand } from "./toFormula";
import type { StatusContext } from "./statusContext";

/** One row of the `Khung nhiệm vụ` sheet as the rules read it: raw cell values. */
export interface ActivityInputs {
  /** Tình trạng: `Chưa thực hiện` / `Đang thực hiện` / `Hoàn thành`. */
  state: CellValue;
  /** Ngày hoàn thành: a date serial. */
  doneDate: CellValue;
  /** Hạn hoàn thành: a date serial, or blank for ongoing and conditional deadlines. */
  due: CellValue;
  /** Loại thời hạn (hidden): `date`, `ongoing` or `conditional`. */
  deadlineKind: CellValue;
  /** Trách nhiệm: `Chủ trì` when the unit leads the activity. */
  responsibility: CellValue;
}

export const ACTIVITY_INPUT_NAMES = [
  "state",
  "doneDate",
  "due",
  "deadlineKind",
  "responsibility",
  "judgeAll",
  "asOf",
] as const;
export type ActivityInputName = (typeof ACTIVITY_INPUT_NAMES)[number];

/** Where an activity formula reads each input: a cell, a defined name or a literal. */
export type ActivityFormulaRefs = Readonly<Record<ActivityInputName, FormulaOperand>>;

/** Days before the due date from which a not-done activity is `due_soon`. */
export const DUE_SOON_DAYS = 30;

const label = (status: ActivityStatus): Expr<"text"> => lit(activityStatusLabels[status].vi);

const state = ref("state");
const doneDate = ref("doneDate");
const due = ref("due");
const asOf = ref("asOf");
const deadlineKind = ref("deadlineKind");
const isOngoing = textIs(deadlineKind, ["ongoing"]);
const hasDueDate = and(not(or(isOngoing, textIs(deadlineKind, ["conditional"]))), isNumeric(due));

/** The activity rules as an expression: the single definition both backends use. */
export const activityRules = {
  status: cond(
    [
      [not(or(isTrue(ref("judgeAll")), textIs(ref("responsibility"), ["chủ trì"]))), label("not_assessed")],
      [
        textIs(state, ["hoàn thành", "đã hoàn thành"]),
        ifElse(
          ifElse(and(hasDueDate, isNumeric(doneDate)), gt(doneDate, due), lit(false)),
          label("done_late"),
          label("done"),
        ),
      ],
      [isOngoing, label("ongoing")],
      [not(hasDueDate), label("conditional")],
      [gt(asOf, due), label("overdue")],
      [le(sub(due, asOf), lit(DUE_SOON_DAYS)), label("due_soon")],
      [textIs(state, ["đang thực hiện"]), label("in_progress")],
    ],
    label("not_started"),
  ),
} as const;

/** The status of an activity row, by evaluating the same rules the workbook's formula is compiled from. */
export function activityStatus(inputs: ActivityInputs, ctx: StatusContext): ActivityStatus {
  const env: Record<ActivityInputName, CellValue> = { ...inputs, judgeAll: ctx.judgeAll, asOf: ctx.asOf };
  const value = evaluate(activityRules.status, env);
  const status = typeof value === "string" ? activityStatusFromLabel(value) : undefined;
  if (!status) throw new Error(`Activity rules gave ${JSON.stringify(value)}, not a status label`);
  return status;
}

/** The `Đánh giá` formula of an activity row: the status label, computed live by the workbook. */
export function activityStatusFormula(refs: ActivityFormulaRefs): string {
  return toFormula(activityRules.status, refs);
}
