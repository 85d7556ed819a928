import fc from "fast-check";
import { cellError, isCellError, type CellValue } from "./cellValue";
import { evaluate, excelRound } from "./evaluate";
import { FORMULA_FUNCTIONS } from "./expr";
import { statusContext, type StatusContext } from "./statusContext";
import {
  targetExpectedFormula,
  targetResult,
  targetResultFormula,
  targetRules,
  targetStatus,
  targetStatusFormula,
  yearShareFormula,
  type TargetFormulaRefs,
  type TargetInputs,
} from "./targetStatus";
import { TARGET_STATUSES, type TargetStatus } from "./statusTypes";
import { targetStatusLabels } from "../messages/status";
import { MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING } from "./toFormula";
import { miniExcel } from "./testing/miniExcel";

const row = (overrides: Partial<TargetInputs>): TargetInputs => ({
  done: null,
  total: null,
  notApplicable: null,
  measure: "percent",
  comparator: "atLeast",
  target: 90,
  kind: "Mức đạt",
  responsibility: "Chủ trì",
  aggregate: "single",
  ...overrides,
});

const context = (period: string, judgeAll = false): StatusContext => statusContext(period, { judgeAll });
const PERIODS = ["2024-Q1", "2024-H1", "2024-Q3", "2024"];

describe("targetStatus at each period's cut-off", () => {
  // A cumulative count: 12 initiatives in the year. Shares of the year at the cut-offs 14/03, 14/06,
  // 14/09, 14/12 of 2024: 74/366, 166/366, 258/366, 349/366, so E = 2.426…, 5.443…, 8.459…, 11.443….
  const initiatives = (done: number): TargetInputs =>
    row({ measure: "count", target: 12, kind: "Lũy kế", done, comparator: "atLeast" });
  test.each<[string, number, TargetStatus]>([
    ["2024-Q1", 3, "on_track"],
    ["2024-Q1", 2.2, "at_risk"],
    ["2024-Q1", 2, "lagging"],
    ["2024-Q1", 12, "met"],
    ["2024-H1", 6, "on_track"],
    ["2024-H1", 5, "at_risk"],
    ["2024-H1", 4, "lagging"],
    ["2024-Q3", 9, "on_track"],
    ["2024-Q3", 8, "at_risk"],
    ["2024-Q3", 7, "lagging"],
    ["2024", 12, "met"],
    ["2024", 11.5, "on_track"],
    ["2024", 11, "at_risk"],
    ["2024", 10, "lagging"],
  ])("cumulative ≥ 12 at %s with %p done: %s", (period, done, expected) => {
    expect(targetStatus(initiatives(done), context(period))).toBe(expected);
  });

  // A level: the rate must hold whenever measured, so the period does not matter.
  test.each(PERIODS)("a level target is judged the same at %s", (period) => {
    const ctx = context(period);
    expect(targetStatus(row({ done: 90 }), ctx)).toBe("met");
    expect(targetStatus(row({ done: 45, total: 50 }), ctx)).toBe("met");
    expect(targetStatus(row({ done: 43, total: 50 }), ctx)).toBe("at_risk");
    expect(targetStatus(row({ done: 81 }), ctx)).toBe("at_risk");
    expect(targetStatus(row({ done: 80.99 }), ctx)).toBe("lagging");
  });
});

describe("targetStatus rules", () => {
  const ctx = context("2024-H1");
  test.each<[string, Partial<TargetInputs>, TargetStatus]>([
    // Percentages typed directly as a fraction are read ×100; from 1 up they are taken as typed.
    ["0,94 typed in a percent row is 94%", { done: 0.94 }, "met"],
    ["0,8 is 80%", { done: 0.8 }, "lagging"],
    ["1 is 1%", { done: 1 }, "lagging"],
    ["a fraction with a Tổng số is a numerator", { done: 0.94, total: 1 }, "met"],
    ["0.29 reads as exactly 29", { done: 0.29, target: 29 }, "met"],
    ["7/25 is exactly 28", { done: 7, total: 25, target: 28, comparator: "exactly" }, "met"],
    // Comparators.
    // Not met, but at the expected figure E = T of a level: on track, as the rules say.
    ["more than: equal is not met", { done: 85, target: 85, comparator: "moreThan" }, "on_track"],
    ["more than: above is met", { done: 85.1, target: 85, comparator: "moreThan" }, "met"],
    ["at most: below is met", { done: 4, target: 5, comparator: "atMost" }, "met"],
    ["at most: within 10% above is at risk", { done: 5.5, target: 5, comparator: "atMost" }, "at_risk"],
    ["at most: further above is lagging", { done: 6, target: 5, comparator: "atMost" }, "lagging"],
    ["less than: equal is not met", { done: 5, target: 5, comparator: "lessThan" }, "on_track"],
    ["more than: a little below is at risk", { done: 80, target: 85, comparator: "moreThan" }, "at_risk"],
    ["exactly: equal is met", { measure: "count", done: 28, target: 28, comparator: "exactly" }, "met"],
    ["exactly: above is off target", { measure: "count", done: 30, target: 28, comparator: "exactly" }, "lagging"],
    [
      "exactly: a little below is at risk",
      { measure: "count", done: 27, target: 28, comparator: "exactly" },
      "at_risk",
    ],
    ["between: the minimum is met", { measure: "count", done: 2, target: 2, comparator: "between" }, "met"],
    ["between: above the maximum still counts", { measure: "count", done: 4, target: 2, comparator: "between" }, "met"],
    ["a decrease of at least 2,5%", { done: 2.5, target: 2.5 }, "met"],
    ["a decrease of 2,3% against 2,5%", { done: 2.3, target: 2.5 }, "at_risk"],
    ["an unknown comparator reads as at least", { done: 90, comparator: "≥" }, "met"],
    ["comparator codes ignore case and spaces", { done: 4, target: 5, comparator: " ATMOST " }, "met"],
    // Cumulative spellings.
    [
      "Luỹ kế (old tone placement) is cumulative",
      { measure: "count", target: 12, kind: "Luỹ kế", done: 6 },
      "on_track",
    ],
    [" LŨY KẾ  is cumulative", { measure: "count", target: 12, kind: " LŨY KẾ ", done: 6 }, "on_track"],
    ["the code cumulative is cumulative", { measure: "count", target: 12, kind: "cumulative", done: 6 }, "on_track"],
    ["Mức đạt is a level", { measure: "count", target: 12, kind: "Mức đạt", done: 6 }, "lagging"],
    // No data, not applicable.
    ["blank Thực hiện", {}, "no_data"],
    ["spaces only in Thực hiện", { done: "   " }, "no_data"],
    ["blank on a partner's row", { responsibility: "Phối hợp" }, "not_assessed"],
    ["Không phát sinh x", { notApplicable: "x", done: 50 }, "not_applicable"],
    ["Không phát sinh X with spaces", { notApplicable: " X " }, "not_applicable"],
    ["Không phát sinh Có", { notApplicable: "Có" }, "not_applicable"],
    ["Không phát sinh TRUE", { notApplicable: true }, "not_applicable"],
    ["Không phát sinh: 'không' is no mark", { notApplicable: "không", done: 90 }, "met"],
    ["Không phát sinh: 1 is no mark", { notApplicable: 1, done: 90 }, "met"],
    ["Không phát sinh: an error is no mark", { notApplicable: cellError("#N/A"), done: 90 }, "met"],
    ["Tổng số 0 with nothing done", { done: 0, total: 0 }, "not_applicable"],
    ["Tổng số 0 with Thực hiện blank", { total: 0 }, "not_applicable"],
    // Invalid entries.
    ["Thực hiện as text that looks like a number", { done: "90" }, "invalid"],
    ["Thực hiện with a decimal comma, as text", { done: "2,5" }, "invalid"],
    ["Thực hiện as a boolean", { done: true }, "invalid"],
    ["Thực hiện as an error value", { done: cellError("#DIV/0!") }, "invalid"],
    ["negative Thực hiện", { done: -1 }, "invalid"],
    ["Thực hiện > Tổng số", { done: 60, total: 50 }, "invalid"],
    ["a percentage above 100", { done: 120 }, "invalid"],
    ["Tổng số as text", { done: 5, total: "50" }, "invalid"],
    ["negative Tổng số", { done: 5, total: -1 }, "invalid"],
    ["something done out of a Tổng số of 0", { done: 5, total: 0 }, "invalid"],
    ["invalid even on a partner's row", { done: "abc", responsibility: "Phối hợp" }, "invalid"],
    ["Tổng số is ignored for a count", { measure: "count", target: 3, done: 3, total: "abc" }, "met"],
    ["a count may exceed 100", { measure: "count", target: 3, done: 150 }, "met"],
    // Not assessed.
    ["a partner's figure", { done: 90, responsibility: "Phối hợp" }, "not_assessed"],
    ["no role", { done: 90, responsibility: null }, "not_assessed"],
    ["a count summed over reporters", { measure: "count", aggregate: "sum", target: 13, done: 1 }, "not_assessed"],
    ["a rate reported by each unit is judged", { aggregate: "sum", done: 90 }, "met"],
    ["no target value", { done: 90, target: null }, "not_assessed"],
    ["Trách nhiệm ignores case and spaces", { done: 90, responsibility: " chủ trì " }, "met"],
  ])("%s", (_name, overrides, expected) => expect(targetStatus(row(overrides), ctx)).toBe(expected));

  test("a workbook that judges every row judges partners' rows and summed counts too", () => {
    const all = context("2024-H1", true);
    expect(targetStatus(row({ done: 90, responsibility: null }), all)).toBe("met");
    expect(targetStatus(row({ measure: "count", aggregate: "sum", target: 13, done: 13 }), all)).toBe("met");
    expect(targetStatus(row({ responsibility: null }), all)).toBe("no_data");
  });
});

describe("targetResult (Kết quả)", () => {
  const ctx = context("2024-Q1");
  test.each<[Partial<TargetInputs>, number | null]>([
    [{ done: 45, total: 50 }, 90],
    [{ done: 7, total: 25 }, 28],
    [{ done: 1, total: 3 }, 33.333333333],
    [{ done: 0.94 }, 94],
    [{ done: 0.29 }, 29],
    [{ done: 94.5 }, 94.5],
    [{ measure: "count", done: 0.5 }, 0.5],
    [{ measure: "count", done: 3 }, 3],
    [{ done: 90, responsibility: "Phối hợp" }, 90],
    [{ done: 90, target: null }, 90],
    [{}, null],
    [{ done: "90" }, null],
    [{ done: 90, notApplicable: "x" }, null],
    [{ done: 0, total: 0 }, null],
    [{ done: 120 }, null],
  ])("%j → %p", (overrides, expected) => expect(targetResult(row(overrides), ctx)).toBe(expected));
});

// ---------------------------------------------------------------------------------------------
// Properties. The reference below is the rule set written plainly, independently of the DSL.

const isNum = (x: CellValue): x is number => typeof x === "number";
/** A cell's text as the rules compare it: spaces trimmed and collapsed (as Excel's TRIM), lower case. */
const word = (x: CellValue): string | undefined =>
  typeof x === "string" ? x.split(" ").filter(Boolean).join(" ").toLowerCase() : undefined;
/** Blank, or text of spaces only (TRIM gives ""). */
const emptyCell = (x: CellValue): boolean => x === null || (typeof x === "string" && /^ *$/.test(x));
const round9 = (x: number): number => excelRound(x, 9);

function referenceStatus(input: TargetInputs, ctx: StatusContext): TargetStatus {
  const { done, total, target } = input;
  const percent = word(input.measure) === "percent";
  const usesTotal = percent && isNum(total);
  const leads = word(input.responsibility) === "chủ trì";
  const bad = (x: CellValue): boolean => !emptyCell(x) && !isNum(x);
  if (input.notApplicable === true || ["x", "có"].includes(word(input.notApplicable) ?? "")) return "not_applicable";
  if (bad(done)) return "invalid";
  if (percent && bad(total)) return "invalid";
  if (isNum(done) && done < 0) return "invalid";
  if (usesTotal && total < 0) return "invalid";
  if (usesTotal && total === 0) return isNum(done) && done > 0 ? "invalid" : "not_applicable";
  if (!isNum(done)) return ctx.judgeAll || leads ? "no_data" : "not_assessed";
  if (usesTotal ? done > total : percent && done > 100) return "invalid";
  const summedCount = word(input.aggregate) === "sum" && !percent;
  if (!(ctx.judgeAll || (leads && !summedCount)) || !isNum(target)) return "not_assessed";
  const v = usesTotal ? round9((done / total) * 100) : percent && done > 0 && done < 1 ? round9(done * 100) : done;
  const share = Math.min(1, Math.max(0, (ctx.asOf - ctx.yearStart + 1) / (ctx.yearEnd - ctx.yearStart + 1)));
  const cumulative = ["lũy kế", "luỹ kế", "cumulative"].includes(word(input.kind) ?? "");
  const expected = cumulative ? round9(target * share) : target;
  const comparator = word(input.comparator);
  if (comparator === "atmost" || comparator === "lessthan") {
    if (comparator === "lessthan" ? v < target : v <= target) return "met";
    if (v <= expected) return "on_track";
    return v <= round9(expected / 0.9) ? "at_risk" : "lagging";
  }
  const met = comparator === "morethan" ? v > target : comparator === "exactly" ? v === target : v >= target;
  if (met) return "met";
  if (comparator === "exactly" && v > target) return "lagging";
  if (v >= expected) return "on_track";
  return v >= round9(0.9 * expected) ? "at_risk" : "lagging";
}

const errors = fc.constantFrom<CellValue>(cellError("#N/A"), cellError("#DIV/0!"), cellError("#VALUE!"));
const figures = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200 }) },
  // Figures as people type them: at most 9 decimals (see evaluate's strict mode on near ties).
  { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((n) => Math.round(n * 1e9) / 1e9) },
  { weight: 2, arbitrary: fc.double({ min: -10, max: 1000, noNaN: true }).map((n) => Math.round(n * 100) / 100) },
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(null, 0, 1, 100) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>("12", "2,5", "abc", "", "   ", " 5 ", true, false) },
  { weight: 1, arbitrary: errors },
);
const inputs: fc.Arbitrary<TargetInputs> = fc.record({
  done: figures,
  total: fc.oneof(figures, fc.constant(null)),
  notApplicable: fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constantFrom<CellValue>("x", "X", " có ", "Có", "không", "", true, false, 1, "xx") },
    { weight: 1, arbitrary: errors },
  ),
  measure: fc.constantFrom<CellValue>("percent", "count", "Percent", " PERCENT", "", null, 5, cellError("#REF!")),
  comparator: fc.constantFrom<CellValue>(
    "atLeast",
    "moreThan",
    "atMost",
    "lessThan",
    "exactly",
    "between",
    "ATMOST",
    " lessthan ",
    "≥",
    null,
    cellError("#N/A"),
  ),
  target: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 150 }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }).map((n) => Math.round(n * 10) / 10) },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "90", cellError("#N/A"), 2.5, true) },
  ),
  kind: fc.constantFrom<CellValue>("Lũy kế", "Luỹ kế", " LŨY KẾ ", "cumulative", "Mức đạt", "", null, 3),
  responsibility: fc.constantFrom<CellValue>(
    "Chủ trì",
    " chủ trì",
    "CHỦ TRÌ",
    "Phối hợp",
    "",
    null,
    true,
    cellError("#N/A"),
  ),
  aggregate: fc.constantFrom<CellValue>("single", "sum", "SUM", null, ""),
});
const contexts: fc.Arbitrary<StatusContext> = fc.record({
  asOf: fc.integer({ min: 45200, max: 45700 }),
  yearStart: fc.constant(45292),
  yearEnd: fc.constant(45657),
  judgeAll: fc.boolean(),
});

const CELLS = {
  done: "I5",
  total: "J5",
  notApplicable: "K5",
  measure: "Q5",
  comparator: "O5",
  target: "E5",
  kind: "G5",
  responsibility: "H5",
  aggregate: "R5",
  judgeAll: "DanhGiaTatCa",
  asOf: "NgayBaoCao",
  yearStart: "NgayDauNam",
  yearEnd: "NgayCuoiNam",
} as const satisfies TargetFormulaRefs;

function cellValues(input: TargetInputs, ctx: StatusContext): Record<string, CellValue> {
  const env: Record<string, CellValue> = { ...input, ...ctx };
  return Object.fromEntries(Object.entries(CELLS).map(([name, cell]) => [cell, env[name]]));
}

/** Codes known when the workbook is written may be bound as literals; blanks and errors cannot. */
function literalBindings(input: TargetInputs, ctx: StatusContext): TargetFormulaRefs {
  const refs: Record<string, string | { literal: string | number | boolean } | boolean> = {
    ...CELLS,
    judgeAll: ctx.judgeAll,
  };
  for (const name of ["measure", "comparator", "kind", "aggregate", "responsibility"] as const) {
    const value = input[name];
    if (value !== null && !isCellError(value)) refs[name] = { literal: value };
  }
  return refs as TargetFormulaRefs;
}

describe("target rules, properties", () => {
  test("(a) the rule expressions give what a plain implementation gives", () => {
    const seen = new Set<TargetStatus>();
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        const status = targetStatus(input, ctx);
        expect(status).toBe(referenceStatus(input, ctx));
        seen.add(status);
      }),
      { numRuns: 5000 },
    );
    // The generator reaches every status, so the agreement above covers every rule.
    expect([...seen].sort()).toEqual([...TARGET_STATUSES].sort());
  });

  test("the rules never depend on host-specific behaviour (strict evaluation never refuses)", () => {
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        const env = { ...input, ...ctx };
        evaluate(targetRules.status, env, { strict: true });
        evaluate(targetRules.result, env, { strict: true });
      }),
      { numRuns: 5000 },
    );
  });

  const goodness: Record<TargetStatus, number> = {
    lagging: 0,
    at_risk: 1,
    on_track: 2,
    met: 3,
    no_data: -1,
    not_applicable: -1,
    invalid: -1,
    not_assessed: -1,
  };
  const judgedRow = (comparator: string, kind: string, target: number, done: number): TargetInputs =>
    row({ measure: "count", comparator, kind, target, done });

  test("(b) raising v never makes the status worse (larger-is-better comparators)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("atLeast", "moreThan", "between"),
        fc.constantFrom("Lũy kế", "Mức đạt"),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        contexts,
        (comparator, kind, target, x, y, ctx) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const before = targetStatus(judgedRow(comparator, kind, target, low), ctx);
          const after = targetStatus(judgedRow(comparator, kind, target, high), ctx);
          expect(goodness[after]).toBeGreaterThanOrEqual(goodness[before]);
          expect(goodness[before]).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  test("(b) for exactly, raising v up to T never makes the status worse", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.nat(100), fc.nat(100), contexts, (target, x, y, ctx) => {
        const [low, high] = [Math.min(x, y, target), Math.min(Math.max(x, y), target)];
        const before = targetStatus(judgedRow("exactly", "Mức đạt", target, low), ctx);
        const after = targetStatus(judgedRow("exactly", "Mức đạt", target, high), ctx);
        expect(goodness[after]).toBeGreaterThanOrEqual(goodness[before]);
      }),
    );
  });

  test("(b, mirrored) lowering v never makes the status worse (smaller-is-better comparators)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("atMost", "lessThan"),
        fc.constantFrom("Lũy kế", "Mức đạt"),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        contexts,
        (comparator, kind, target, x, y, ctx) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const atLow = targetStatus(judgedRow(comparator, kind, target, low), ctx);
          const atHigh = targetStatus(judgedRow(comparator, kind, target, high), ctx);
          expect(goodness[atLow]).toBeGreaterThanOrEqual(goodness[atHigh]);
        },
      ),
    );
  });

  test("(b) the later the as-of date, the more a cumulative target expects", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.nat(120), fc.nat(400), fc.nat(400), (target, done, d1, d2) => {
        const base = context("2024");
        const early = { ...base, asOf: base.yearStart + Math.min(d1, d2) };
        const late = { ...base, asOf: base.yearStart + Math.max(d1, d2) };
        const input = judgedRow("atLeast", "Lũy kế", target, done);
        expect(goodness[targetStatus(input, early)]).toBeGreaterThanOrEqual(goodness[targetStatus(input, late)]);
      }),
    );
  });

  test("(c) the compiled formulas give the same label and figure, inputs in cells", () => {
    const statusFormula = targetStatusFormula(CELLS);
    const resultFormula = targetResultFormula(CELLS);
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        const cells = cellValues(input, ctx);
        expect(miniExcel(statusFormula, cells)).toBe(targetStatusLabels[targetStatus(input, ctx)].vi);
        expect(miniExcel(resultFormula, cells)).toBe(targetResult(input, ctx) ?? "");
      }),
      { numRuns: 2000 },
    );
  });

  test("(c) the same, reading Kết quả, E and the year's share from their own cells", () => {
    const refs: TargetFormulaRefs = { ...CELLS, result: "M5", expected: "S5", share: "TyLeThoiGian" };
    const statusFormula = targetStatusFormula(refs);
    const resultFormula = targetResultFormula(refs);
    const expectedFormula = targetExpectedFormula(refs);
    const shareFormula = yearShareFormula(CELLS);
    expect(statusFormula).toContain("M5");
    expect(statusFormula).toContain("S5");
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        const cells = cellValues(input, ctx);
        cells.TyLeThoiGian = miniExcel(shareFormula, cells);
        cells.M5 = miniExcel(resultFormula, cells);
        cells.S5 = miniExcel(expectedFormula, cells);
        expect(miniExcel(statusFormula, cells)).toBe(targetStatusLabels[targetStatus(input, ctx)].vi);
      }),
      { numRuns: 2000 },
    );
  });

  test("(c) the same, with the codes known at writing time bound as literals", () => {
    fc.assert(
      fc.property(inputs, contexts, (input, ctx) => {
        const refs = literalBindings(input, ctx);
        const cells = cellValues(input, ctx);
        expect(miniExcel(targetStatusFormula(refs), cells)).toBe(targetStatusLabels[targetStatus(input, ctx)].vi);
        expect(miniExcel(targetResultFormula(refs), cells)).toBe(targetResult(input, ctx) ?? "");
      }),
      { numRuns: 2000 },
    );
  });
});

/** Brackets' depth outside text constants: an upper bound on the function nesting Excel counts. */
function nesting(formula: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of formula.replace(/"(?:[^"]|"")*"/g, '""')) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe("target formulas stay within Excel's limits and the whitelist", () => {
  const bindings: Array<[string, TargetFormulaRefs]> = [
    ["every input in a cell", CELLS],
    ["with Kết quả in its own cell", { ...CELLS, result: "M5" }],
    ["with Kết quả, E and share in their own cells", { ...CELLS, result: "M5", expected: "S5", share: "TyLeThoiGian" }],
    [
      "percent, atLeast, single, unit workbook (literals), Kết quả cell",
      {
        ...CELLS,
        measure: { literal: "percent" },
        comparator: { literal: "atLeast" },
        aggregate: { literal: "single" },
        judgeAll: false,
        result: "M5",
      },
    ],
  ];
  test.each(bindings)("%s", (_name, refs) => {
    for (const formula of [targetStatusFormula(refs), targetResultFormula(refs)]) {
      expect(formula.startsWith("=")).toBe(true);
      expect(formula.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
      expect(nesting(formula)).toBeLessThanOrEqual(MAX_FORMULA_NESTING);
      const outsideText = formula.replace(/"(?:[^"]|"")*"/g, '""');
      for (const [, fn] of outsideText.matchAll(/([A-Z]+)\(/g)) expect(FORMULA_FUNCTIONS).toContain(fn);
    }
  });

  test("the Kết quả formula of a count row, literals bound, reads plainly", () => {
    expect(targetResultFormula({ ...CELLS, measure: { literal: "count" } })).toBe(
      '=IF(IF(ISTEXT(K5),OR(LOWER(TRIM(K5))="x",LOWER(TRIM(K5))="có"),IF(ISLOGICAL(K5),K5=TRUE,FALSE)),"",' +
        'IF(IF(ISLOGICAL(I5),TRUE,IF(ISTEXT(I5),TRIM(I5)<>"",NOT(OR(ISNUMBER(I5),ISBLANK(I5))))),"",' +
        'IF(I5<0,"",IF(NOT(ISNUMBER(I5)),"",I5))))',
    );
  });
});
