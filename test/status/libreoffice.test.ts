/**
 * The workbook judges itself with formulas compiled from the same rules the TypeScript engine evaluates.
 * Here LibreOffice, a spreadsheet engine nobody here wrote, recalculates randomly filled workbooks, and
 * every Đánh giá and Kết quả cell must equal what the engine computes from the same cells.
 */
import fc from "fast-check";
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import { activityStatus, statusContext, targetResult, targetStatus } from "../../src/core/status";
import { activityStatusLabels, targetStatusLabels } from "../../src/core/messages/status";
import type { CellValue } from "../../src/core/status";
import { buildWorkbookPlan, type WorkbookOptions } from "../../src/core/workbook/buildWorkbookPlan";
import { ACTIVITY_COLUMNS, SHEET, TARGET_COLUMNS, columnOf } from "../../src/core/workbook/layout";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../src/core/workbook/workbookPlan";
import { writePlanToXlsx } from "../../src/xlsx/xlsxAdapter";
import { recalculateWithLibreOffice } from "../helpers/libreoffice";

jest.setTimeout(600_000);

const serial2024 = (month: number, day: number) =>
  Math.round((Date.UTC(2024, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

const stateArb = fc.constantFrom<CellValue>(
  null,
  "Chưa thực hiện",
  "Đang thực hiện",
  "Hoàn thành",
  " hoàn thành ",
  "xong",
);
const dateArb = fc.oneof(
  fc.constant<CellValue>(null),
  fc.integer({ min: serial2024(1, 1) - 60, max: serial2024(12, 31) + 60 }).map((n): CellValue => n),
);
const numberArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant<CellValue>(null) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 120 }).map((n): CellValue => n) },
  {
    weight: 2,
    arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((n): CellValue => Math.round(n * 1000) / 1000),
  },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 2000 }).map((n): CellValue => n) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>("2,5", "abc", "94%", "", " ") },
);
const totalArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant<CellValue>(null) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 500 }).map((n): CellValue => n) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(0, "n/a") },
);
const naArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant<CellValue>(null) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>("x", "X", "có") },
);
const kindArb = fc.constantFrom<CellValue | undefined>(undefined, undefined, "Lũy kế", "Mức đạt");

interface Fill {
  activities: [CellValue, CellValue][];
  targets: [CellValue, CellValue, CellValue, CellValue | undefined][];
}

function setCell(sheet: SheetPlan, row: number, col: number, value: CellValue): void {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.cells.length && c >= 0 && c < block.cells[r].length) {
      block.cells[r][c] = { value: value as PlanCell["value"] };
      return;
    }
  }
  throw new Error(`no cell at ${row},${col}`);
}

function cellOf(sheet: SheetPlan, row: number, col: number): CellValue {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.cells.length && c >= 0 && c < block.cells[r].length) {
      const value = block.cells[r][c].value;
      return value === undefined || value === "" ? null : (value as CellValue);
    }
  }
  return null;
}

function fillPlan(
  plan: WorkbookPlan & { index: { activityRows: Map<string, number>; targetRows: Map<string, number> } },
  fill: Fill,
) {
  const acts = plan.sheets.find((s) => s.name === SHEET.activities)!;
  const tgts = plan.sheets.find((s) => s.name === SHEET.targets)!;
  const ac = (k: (typeof ACTIVITY_COLUMNS)[number]["key"]) => columnOf(ACTIVITY_COLUMNS, k);
  const tc = (k: (typeof TARGET_COLUMNS)[number]["key"]) => columnOf(TARGET_COLUMNS, k);
  [...plan.index.activityRows.values()].forEach((row, i) => {
    const [state, doneDate] = fill.activities[i % fill.activities.length];
    setCell(acts, row, ac("state"), state);
    setCell(acts, row, ac("doneDate"), doneDate);
  });
  [...plan.index.targetRows.values()].forEach((row, i) => {
    const [done, total, na, kind] = fill.targets[i % fill.targets.length];
    setCell(tgts, row, tc("done"), done);
    setCell(tgts, row, tc("total"), total);
    setCell(tgts, row, tc("notApplicable"), na);
    if (kind !== undefined) setCell(tgts, row, tc("kind"), kind);
  });
  return { acts, tgts, ac, tc };
}

const fillArb = fc.record({
  activities: fc.array(fc.tuple(stateArb, dateArb), { minLength: 20, maxLength: 93 }),
  targets: fc.array(fc.tuple(numberArb, totalArb, naArb, kindArb), { minLength: 20, maxLength: 45 }),
});

/** LibreOffice shows Kết quả with the sheet's number format (0.0); compare at that precision. */
function shownResult(value: number | null): string {
  return value === null ? "" : value.toFixed(1);
}

describe.each<[string, Omit<WorkbookOptions, "framework" | "units">]>([
  ["the whole-plan workbook at the yearly cut-off", { period: "2024" }],
  ["a district's workbook at Q1", { period: "2024-Q1", unit: { name: "UBND huyện Đức Thọ", level: "district" } }],
  [
    "a department's workbook mid-year with a set as-of date",
    { period: "2024-H1", asOf: "2024-05-02", unit: { name: "Sở Nội vụ", level: "province" } },
  ],
])("LibreOffice recalculates %s exactly as the engine computes", (_name, options) => {
  it("on random fills", async () => {
    await fc.assert(
      fc.asyncProperty(fillArb, async (fill) => {
        const plan = buildWorkbookPlan({ framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS, ...options });
        const { acts, tgts, ac, tc } = fillPlan(plan, fill);
        const lo = await recalculateWithLibreOffice(await writePlanToXlsx(plan));
        const ctx = statusContext(options.period, { judgeAll: options.unit === undefined, asOf: options.asOf });
        const shownActs = lo.sheets[SHEET.activities];
        const shownTgts = lo.sheets[SHEET.targets];
        const mismatches: string[] = [];
        for (const [id, row] of plan.index.activityRows) {
          const expected = activityStatus(
            {
              state: cellOf(acts, row, ac("state")),
              doneDate: cellOf(acts, row, ac("doneDate")),
              due: cellOf(acts, row, ac("due")),
              deadlineKind: cellOf(acts, row, ac("deadlineKind")),
              responsibility: cellOf(acts, row, ac("responsibility")),
            },
            ctx,
          );
          const shown = shownActs[row][ac("status")];
          if (shown !== activityStatusLabels[expected].vi)
            mismatches.push(`${id}: LibreOffice "${shown}", engine ${expected}`);
        }
        for (const [id, row] of plan.index.targetRows) {
          const inputs = {
            done: cellOf(tgts, row, tc("done")),
            total: cellOf(tgts, row, tc("total")),
            notApplicable: cellOf(tgts, row, tc("notApplicable")),
            measure: cellOf(tgts, row, tc("measure")),
            comparator: cellOf(tgts, row, tc("comparator")),
            target: cellOf(tgts, row, tc("target")),
            kind: cellOf(tgts, row, tc("kind")),
            responsibility: cellOf(tgts, row, tc("responsibility")),
            aggregate: cellOf(tgts, row, tc("aggregate")),
          };
          const expected = targetStatus(inputs, ctx);
          const shown = shownTgts[row][tc("status")];
          if (shown !== targetStatusLabels[expected].vi)
            mismatches.push(`${id}: LibreOffice "${shown}", engine ${expected}`);
          const result = shownResult(targetResult(inputs, ctx));
          const shownValue = shownTgts[row][tc("result")].replace(",", ".");
          if (shownValue !== result) mismatches.push(`${id} Kết quả: LibreOffice "${shownValue}", engine "${result}"`);
        }
        expect(mismatches).toEqual([]);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  });
});
