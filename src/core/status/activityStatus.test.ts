import fc from "fast-check";
import { cellError, isCellError, type CellValue } from "./cellValue";
import { evaluate } from "./evaluate";
import { FORMULA_FUNCTIONS } from "./expr";
import {
  activityRules,
  activityStatus,
  activityStatusFormula,
  type ActivityFormulaRefs,
  type ActivityInputs,
} from "./activityStatus";
import { statusContext, type StatusContext } from "./statusContext";
import { ACTIVITY_STATUSES, type ActivityStatus } from "./statusTypes";
import { activityStatusLabels } from "../messages/status";
import { isoToSerial } from "../dates/excelDate";
import { MAX_FORMULA_LENGTH } from "./toFormula";
import { miniExcel } from "./testing/miniExcel";

const d = isoToSerial;
const activity = (overrides: Partial<ActivityInputs>): ActivityInputs => ({
  state: null,
  doneDate: null,
  due: null,
  deadlineKind: "date",
  responsibility: "Chủ trì",
  ...overrides,
});
const context = (period: string, judgeAll = false): StatusContext => statusContext(period, { judgeAll });

describe("activityStatus at each period's cut-off", () => {
  // [period, due, state, done date, expected]; cut-offs 14/03, 14/06, 14/09, 14/12/2024.
  test.each<[string, string, string | null, string | null, ActivityStatus]>([
    ["2024-Q1", "2024-03-31", null, null, "due_soon"],
    ["2024-Q1", "2024-03-31", "Đang thực hiện", null, "due_soon"],
    ["2024-Q1", "2024-03-31", "Hoàn thành", "2024-03-10", "done"],
    ["2024-Q1", "2024-03-31", "Hoàn thành", "2024-04-01", "done_late"],
    ["2024-Q1", "2024-01-31", "Đang thực hiện", null, "overdue"],
    ["2024-Q1", "2024-01-31", "Hoàn thành", "2024-02-05", "done_late"],
    ["2024-Q1", "2024-06-30", "Đang thực hiện", null, "in_progress"],
    ["2024-Q1", "2024-06-30", "Chưa thực hiện", null, "not_started"],
    ["2024-H1", "2024-06-30", "Chưa thực hiện", null, "due_soon"],
    ["2024-H1", "2024-03-31", "Đang thực hiện", null, "overdue"],
    ["2024-H1", "2024-09-30", "Đang thực hiện", null, "in_progress"],
    ["2024-H1", "2024-09-30", null, null, "not_started"],
    ["2024-Q3", "2024-09-30", "Đang thực hiện", null, "due_soon"],
    ["2024-Q3", "2024-06-30", "Chưa thực hiện", null, "overdue"],
    ["2024-Q3", "2024-12-31", "Đang thực hiện", null, "in_progress"],
    ["2024-Q3", "2024-06-30", "Hoàn thành", "2024-06-30", "done"],
    ["2024", "2024-12-31", "Đang thực hiện", null, "due_soon"],
    ["2024", "2024-09-30", "Đang thực hiện", null, "overdue"],
    ["2024", "2026-12-31", "Chưa thực hiện", null, "not_started"],
    ["2024", "2024-09-30", "Hoàn thành", "2024-10-15", "done_late"],
  ])("%s, due %s, %s (done %s): %s", (period, due, state, doneDate, expected) => {
    const input = activity({ due: d(due), state, doneDate: doneDate === null ? null : d(doneDate) });
    expect(activityStatus(input, context(period))).toBe(expected);
  });

  test.each(["2024-Q1", "2024-H1", "2024-Q3", "2024"])("ongoing and conditional activities at %s", (period) => {
    const ctx = context(period);
    expect(activityStatus(activity({ deadlineKind: "ongoing" }), ctx)).toBe("ongoing");
    expect(activityStatus(activity({ deadlineKind: "ongoing", state: "Hoàn thành" }), ctx)).toBe("done");
    expect(activityStatus(activity({ deadlineKind: "conditional", state: "Đang thực hiện" }), ctx)).toBe("conditional");
    expect(activityStatus(activity({ deadlineKind: "conditional", state: "Hoàn thành" }), ctx)).toBe("done");
  });
});

describe("activityStatus rules", () => {
  const ctx = context("2024-H1"); // as of 14/06/2024
  const asOf = ctx.asOf;
  test.each<[string, Partial<ActivityInputs>, ActivityStatus]>([
    ["due in exactly 30 days is due soon", { due: asOf + 30 }, "due_soon"],
    ["due in 31 days is not", { due: asOf + 31 }, "not_started"],
    ["due today is due soon, not overdue", { due: asOf }, "due_soon"],
    ["due yesterday is overdue", { due: asOf - 1, state: "Đang thực hiện" }, "overdue"],
    ["done on the due date is on time", { due: asOf - 5, state: "Hoàn thành", doneDate: asOf - 5 }, "done"],
    ["done a day late", { due: asOf - 5, state: "Hoàn thành", doneDate: asOf - 4 }, "done_late"],
    ["Hoàn thành with no date is done, even past the due date", { due: asOf - 50, state: "Hoàn thành" }, "done"],
    [
      "a completion date typed as text counts as no date",
      { due: asOf - 50, state: "Hoàn thành", doneDate: "15/03/2024" },
      "done",
    ],
    [
      "a completion date without Hoàn thành is not done",
      { due: asOf - 5, state: "Đang thực hiện", doneDate: asOf - 6 },
      "overdue",
    ],
    ["states ignore case and spaces", { due: asOf - 5, state: "  hoàn THÀNH " }, "done"],
    ["Đã hoàn thành is done", { due: asOf + 100, state: "Đã hoàn thành" }, "done"],
    ["an unknown state is not started", { due: asOf + 100, state: "xong rồi" }, "not_started"],
    ["an error in Tình trạng is not started", { due: asOf + 100, state: cellError("#N/A") }, "not_started"],
    ["an ongoing activity is never overdue", { deadlineKind: "ongoing", due: asOf - 100 }, "ongoing"],
    ["a date deadline with no due date has no fixed deadline", { deadlineKind: "date", due: null }, "conditional"],
    ["a blank deadline kind with a due date is a date", { deadlineKind: null, due: asOf - 1 }, "overdue"],
    ["a due date typed as text is no due date", { due: "30/06/2024" }, "conditional"],
    ["a partner's activity", { responsibility: "Phối hợp", due: asOf - 1 }, "not_assessed"],
    ["an activity with no role", { responsibility: null, state: "Hoàn thành" }, "not_assessed"],
  ])("%s", (_name, overrides, expected) => expect(activityStatus(activity(overrides), ctx)).toBe(expected));

  test("a workbook that judges every row judges every activity", () => {
    expect(activityStatus(activity({ responsibility: null, due: asOf - 1 }), context("2024-H1", true))).toBe("overdue");
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, against the rules written plainly.

const isNum = (x: CellValue): x is number => typeof x === "number";
const word = (x: CellValue): string | undefined =>
  typeof x === "string" ? x.split(" ").filter(Boolean).join(" ").toLowerCase() : undefined;

function referenceStatus(input: ActivityInputs, ctx: StatusContext): ActivityStatus {
  if (!ctx.judgeAll && word(input.responsibility) !== "chủ trì") return "not_assessed";
  const kind = word(input.deadlineKind);
  const hasDue = kind !== "ongoing" && kind !== "conditional" && isNum(input.due);
  const state = word(input.state);
  if (state === "hoàn thành" || state === "đã hoàn thành") {
    return hasDue && isNum(input.doneDate) && input.doneDate > (input.due as number) ? "done_late" : "done";
  }
  if (kind === "ongoing") return "ongoing";
  if (!hasDue) return "conditional";
  const due = input.due as number;
  if (ctx.asOf > due) return "overdue";
  if (due - ctx.asOf <= 30) return "due_soon";
  return state === "đang thực hiện" ? "in_progress" : "not_started";
}

const BASE = d("2024-06-14");
const dates = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: BASE - 200, max: BASE + 200 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "30/06/2024", "", cellError("#N/A"), true, false) },
);
const inputs: fc.Arbitrary<ActivityInputs> = fc.record({
  state: fc.constantFrom<CellValue>(
    "Chưa thực hiện",
    "Đang thực hiện",
    "Hoàn thành",
    " hoàn thành ",
    "ĐANG THỰC HIỆN",
    "Đã hoàn thành",
    "xong",
    "",
    null,
    1,
    true,
    cellError("#N/A"),
  ),
  doneDate: dates,
  due: dates,
  deadlineKind: fc.constantFrom<CellValue>("date", "ongoing", "conditional", " Ongoing", "", null, cellError("#REF!")),
  responsibility: fc.constantFrom<CellValue>("Chủ trì", "chủ trì ", "Phối hợp", "", null),
});
const contexts: fc.Arbitrary<StatusContext> = fc.record({
  asOf: fc.integer({ min: BASE - 200, max: BASE + 200 }),
  yearStart: fc.constant(d("2024-01-01")),
  yearEnd: fc.constant(d("2024-12-31")),
  judgeAll: fc.boolean(),
});

const CELLS = {
  state: "M5",
  doneDate: "N5",
  due: "J5",
  deadlineKind: "R5",
  responsibility: "L5",
  judgeAll: "DanhGiaTatCa",
  asOf: "NgayBaoCao",
} as const satisfies ActivityFormulaRefs;

function cellValues(input: ActivityInputs, ctx: StatusContext): Record<string, CellValue> {
  const env: Record<string, CellValue> = { ...input, judgeAll: ctx.judgeAll, asOf: ctx.asOf };
  return Object.fromEntries(Object.entries(CELLS).map(([name, cell]) => [cell, env[name]]));
}

describe("activity rules, properties", () => {
  test("(a) the rule expression gives what a plain implementation gives", () => {
    const seen = new Set<ActivityStatus>();
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        const status = activityStatus(input, ctx);
        expect(status).toBe(referenceStatus(input, ctx));
        seen.add(status);
      }),
      { numRuns: 5000 },
    );
    expect([...seen].sort()).toEqual([...ACTIVITY_STATUSES].sort());
  });

  test("the rules never depend on host-specific behaviour (strict evaluation never refuses)", () => {
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        evaluate(activityRules.status, { ...input, judgeAll: ctx.judgeAll, asOf: ctx.asOf }, { strict: true });
      }),
      { numRuns: 5000 },
    );
  });

  test("time only makes an unfinished activity's status more urgent", () => {
    const urgency: Partial<Record<ActivityStatus, number>> = {
      not_started: 0,
      in_progress: 0,
      due_soon: 1,
      overdue: 2,
    };
    fc.assert(
      fc.property(inputs, contexts, fc.nat(400), (input, ctx, days) => {
        const now = activityStatus(input, ctx);
        const later = activityStatus(input, { ...ctx, asOf: ctx.asOf + days });
        if (now in urgency) expect(urgency[later]).toBeGreaterThanOrEqual(urgency[now] ?? 0);
        else expect(later).toBe(now);
      }),
    );
  });

  test("(c) the compiled formula gives the same label, inputs in cells", () => {
    const formula = activityStatusFormula(CELLS);
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        expect(miniExcel(formula, cellValues(input, ctx))).toBe(activityStatusLabels[activityStatus(input, ctx)].vi);
      }),
      { numRuns: 2000 },
    );
  });

  test("(c) the same, with the deadline kind and the workbook's judgeAll bound as literals", () => {
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        const kind = input.deadlineKind;
        const refs: ActivityFormulaRefs = {
          ...CELLS,
          judgeAll: ctx.judgeAll,
          deadlineKind: kind === null || isCellError(kind) ? CELLS.deadlineKind : { literal: kind },
        };
        const formula = activityStatusFormula(refs);
        expect(miniExcel(formula, cellValues(input, ctx))).toBe(activityStatusLabels[activityStatus(input, ctx)].vi);
      }),
      { numRuns: 2000 },
    );
  });

  test("the formula stays short and within the whitelist", () => {
    const formula = activityStatusFormula(CELLS);
    expect(formula.length).toBeLessThan(MAX_FORMULA_LENGTH / 8);
    const outsideText = formula.replace(/"(?:[^"]|"")*"/g, '""');
    for (const [, fn] of outsideText.matchAll(/([A-Z]+)\(/g)) expect(FORMULA_FUNCTIONS).toContain(fn);
  });

  test("a unit workbook's formula for a dated activity reads plainly", () => {
    expect(activityStatusFormula({ ...CELLS, judgeAll: false, deadlineKind: { literal: "date" } })).toBe(
      '=IF(NOT(IF(ISTEXT(L5),LOWER(TRIM(L5))="chủ trì",FALSE)),"Không đánh giá",' +
        'IF(IF(ISTEXT(M5),OR(LOWER(TRIM(M5))="hoàn thành",LOWER(TRIM(M5))="đã hoàn thành"),FALSE),' +
        "IF(IF(AND(IF(ISLOGICAL(J5),FALSE,ISNUMBER(J5)),IF(ISLOGICAL(N5),FALSE,ISNUMBER(N5))),N5>J5,FALSE)," +
        '"Hoàn thành quá hạn","Hoàn thành đúng hạn"),IF(NOT(IF(ISLOGICAL(J5),FALSE,ISNUMBER(J5))),"Không xác định thời hạn",' +
        'IF(NgayBaoCao>J5,"Quá hạn",IF(J5-NgayBaoCao<=30,"Sắp đến hạn",' +
        'IF(IF(ISTEXT(M5),LOWER(TRIM(M5))="đang thực hiện",FALSE),"Đang thực hiện (trong hạn)","Chưa thực hiện"))))))',
    );
  });
});
