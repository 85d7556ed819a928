import { targetStatusLabels } from "../messages/status";
import { statusColours } from "../status/statusColours";
import { targetStatusColour } from "../status/statusLabels";
import { SUMMARY_SHEET } from "../summary/summaryLayout";
import { evaluateWorkbook } from "../validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { parseRangeAddress } from "../workbook/a1";
import { SHEET } from "../workbook/layout";
import { assertWritablePlan } from "../workbook/planProblems";
import { planToSnapshot } from "../workbook/planToSnapshot";
import type { PlanCell, SheetPlan } from "../workbook/workbookPlan";
import { buildConsolidationPlan, consolidationSubtitle } from "./buildConsolidationPlan";
import { consolidateSubmissions } from "./consolidateSubmissions";
import {
  CONSOLIDATION_FIRST_ROW,
  CONSOLIDATION_HEADER_ROW,
  CONSOLIDATION_SHEET,
  LOG_OUTCOME_LABELS,
  MATRIX_COLUMNS,
  TARGET_SUMMARY_COLUMNS,
} from "./consolidationLayout";
import { SMALL_FRAMEWORK, SMALL_UNITS, workedExample } from "./testing/consolidationFixture";

const options = { framework: SMALL_FRAMEWORK, units: SMALL_UNITS };
const result = consolidateSubmissions(workedExample(), [], options);
const plan = buildConsolidationPlan(result, { ...options, utcOffsetMinutes: 420 });
const HYPERLINK = '=HYPERLINK("http://example.invalid","x")';

function sheet(name: string): SheetPlan {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
}

/** The cells of a sheet as a grid, from its blocks. */
function grid(s: SheetPlan): PlanCell[][] {
  const rows: PlanCell[][] = [];
  for (const block of s.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        rows[block.row + r] ??= [];
        rows[block.row + r][block.col + c] = cell;
      }),
    );
  }
  return rows;
}

function styleAt(s: SheetPlan, row: number, col: number) {
  return s.styles
    .filter((styled) => {
      const r = parseRangeAddress(styled.range);
      return row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount;
    })
    .reduce((acc, styled) => ({ ...acc, ...styled.style }), {});
}

describe("buildConsolidationPlan", () => {
  it("writes the consolidation sheets, the summaries, then the consolidated data", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      CONSOLIDATION_SHEET.targets,
      CONSOLIDATION_SHEET.matrix,
      CONSOLIDATION_SHEET.activities,
      CONSOLIDATION_SHEET.missing,
      CONSOLIDATION_SHEET.log,
      SUMMARY_SHEET.section,
      SUMMARY_SHEET.lead,
      SUMMARY_SHEET.deadline,
      SUMMARY_SHEET.report,
      SHEET.info,
      SHEET.activities,
      SHEET.targets,
      SHEET.units,
    ]);
    expect(() => assertWritablePlan(plan)).not.toThrow();
    expect(plan.names.map((n) => n.name)).toContain("NgayBaoCao");
  });

  it("can leave the summaries out, or the data and summaries (to write into the coordinator's own workbook)", () => {
    const bare = buildConsolidationPlan(result, { ...options, summaries: false });
    expect(bare.sheets.map((s) => s.name)).toEqual([
      ...Object.values(CONSOLIDATION_SHEET),
      SHEET.info,
      SHEET.activities,
      SHEET.targets,
      SHEET.units,
    ]);
    const only = buildConsolidationPlan(result, { ...options, includeData: false });
    expect(only.sheets.map((s) => s.name)).toEqual(Object.values(CONSOLIDATION_SHEET));
    expect(only.names).toEqual([]);
  });

  it("styles every consolidation sheet as a printable government table", () => {
    for (const name of Object.values(CONSOLIDATION_SHEET)) {
      const s = sheet(name);
      expect(s.print).toMatchObject({ paperSize: "A4", printTitleRows: "$3:$3", fitToWidth: true });
      expect(s.freeze?.rows).toBe(CONSOLIDATION_HEADER_ROW + 1);
      expect(styleAt(s, 0, 0)).toMatchObject({
        fontName: "Times New Roman",
        horizontalAlignment: "centerAcrossSelection",
      });
      expect(styleAt(s, CONSOLIDATION_HEADER_ROW, 0)).toMatchObject({ bold: true, fill: "#1F4E79" });
      expect(s.autoFilter?.range).toMatch(/^A3:/);
      expect(grid(s)[1][0].value).toBe(consolidationSubtitle(result));
    }
    expect(sheet(CONSOLIDATION_SHEET.targets).print?.orientation).toBe("landscape");
  });

  it("Tổng hợp chỉ tiêu: a province row, then one per level, with figures and status labels", () => {
    const rows = grid(sheet(CONSOLIDATION_SHEET.targets)).slice(CONSOLIDATION_FIRST_ROW);
    const col = (key: (typeof TARGET_SUMMARY_COLUMNS)[number]["key"]) =>
      TARGET_SUMMARY_COLUMNS.findIndex((c) => c.key === key);
    const i1 = rows.filter((r) => r[col("id")].value === "I.1");
    expect(
      i1.map((r) => [
        r[col("scope")].value,
        r[col("numerator")].value,
        r[col("denominator")].value,
        r[col("status")].value,
      ]),
    ).toEqual([
      ["Toàn tỉnh", 219, 260, targetStatusLabels.met.vi],
      ["Sở, ban, ngành", 85, 100, targetStatusLabels.at_risk.vi],
      ["UBND cấp huyện", 120, 140, targetStatusLabels.met.vi],
      ["UBND cấp xã", 14, 20, targetStatusLabels.met.vi],
    ]);
    const i4 = rows.filter((r) => r[col("id")].value === "I.4");
    // The lead unit's note, typed by the unit as text that looks like a formula, stays text.
    expect(i4[0][col("note")]).toEqual({ value: HYPERLINK });
    expect(i4[0][col("note")].formula).toBeUndefined();
  });

  it("Chi tiết theo đơn vị: one row per unit, each figure filled with its status colour", () => {
    const s = sheet(CONSOLIDATION_SHEET.matrix);
    const rows = grid(s).slice(CONSOLIDATION_FIRST_ROW);
    expect(rows.map((r) => r[0].value)).toEqual(result.included.map((u) => u.unit));
    const i1 = MATRIX_COLUMNS.length + result.targets.findIndex((t) => t.target.id === "I.1");
    expect(grid(s)[CONSOLIDATION_HEADER_ROW][i1].value).toBe("I.1 (%)");
    const stp = result.included.findIndex((u) => u.unit === "Sở Tư pháp");
    expect(rows[stp][i1].value).toBe(80);
    const lagging = statusColours[targetStatusColour.lagging];
    expect(styleAt(s, CONSOLIDATION_FIRST_ROW + stp, i1)).toMatchObject({
      fill: lagging.fill,
      fontColor: lagging.font,
    });
    const c = result.included.findIndex((u) => u.unit === "UBND huyện C");
    expect(rows[c][i1].value).toBe("KPS");
  });

  it("Đơn vị chưa nộp and Nhật ký hợp nhất account for every unit and file", () => {
    const missing = grid(sheet(CONSOLIDATION_SHEET.missing)).slice(CONSOLIDATION_FIRST_ROW);
    expect(missing.map((r) => r[0].value)).toEqual(["UBND xã Z"]);
    const log = grid(sheet(CONSOLIDATION_SHEET.log)).slice(CONSOLIDATION_FIRST_ROW);
    const outcomes = log.map((r) => [r[0].value, r[5].value, r[6].value]);
    expect(outcomes).toContainEqual(["a-old.xlsx", LOG_OUTCOME_LABELS.duplicate, ""]);
    expect(outcomes).toContainEqual(["stp-q1.xlsx", LOG_OUTCOME_LABELS.rejected, "wrongPeriod"]);
    expect(
      log.filter((r) => r[5].value !== LOG_OUTCOME_LABELS.note && r[5].value !== LOG_OUTCOME_LABELS.excluded),
    ).toHaveLength(result.files.length);
    // 1_718_000_000_000 ms is 10/06/2024 06:13:20 UTC, 13:13:20 in Vietnam.
    const modified = log.find((r) => r[0].value === "UBND xã X.xlsx")?.[4].value as number;
    expect(modified).toBeCloseTo(45453 + (13 * 3600 + 13 * 60 + 20) / 86400, 9);
  });

  it("the consolidated Chỉ tiêu, judged by the workbook's own rules, gives the province's statuses", () => {
    const tracking = readTrackingWorkbook(planToSnapshot({ ...plan, sheets: plan.sheets }));
    const evaluation = evaluateWorkbook(tracking);
    expect(tracking.info.unit).toBeNull();
    for (const t of result.targets) {
      const row = evaluation.targets.find((e) => e.id === t.target.id);
      expect([t.target.id, row?.status, row?.value]).toEqual([t.target.id, t.province.status, t.province.value]);
    }
    for (const a of result.activities) {
      expect([a.activity.id, evaluation.activities.find((e) => e.id === a.activity.id)?.status]).toEqual([
        a.activity.id,
        a.rollup.status,
      ]);
    }
  });

  it("with no period read, writes only the consolidation sheets", () => {
    const empty = buildConsolidationPlan(consolidateSubmissions([], [], options), options);
    expect(empty.sheets.map((s) => s.name)).toEqual(Object.values(CONSOLIDATION_SHEET));
    expect(() => assertWritablePlan(empty)).not.toThrow();
  });
});
