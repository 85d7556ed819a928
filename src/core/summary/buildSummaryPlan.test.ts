import { isoToSerial } from "../dates/excelDate";
import { evaluateWorkbook } from "../validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { TrackingFixture, UNITS, datedActivity } from "../validation/testing/trackingFixture";
import { parseRangeAddress } from "../workbook/a1";
import { ACTIVITY_COLUMNS, SHEET, TARGET_COLUMNS, columnOf } from "../workbook/layout";
import { planProblems } from "../workbook/planProblems";
import type { SheetPlan } from "../workbook/workbookPlan";
import { buildSummaryPlan } from "./buildSummaryPlan";
import { SUMMARY_KINDS, SUMMARY_SHEET } from "./summaryLayout";

function build(fixture: TrackingFixture, kinds = SUMMARY_KINDS) {
  const tracking = readTrackingWorkbook(fixture.snapshot);
  return buildSummaryPlan(fixture.snapshot, tracking, evaluateWorkbook(tracking), { kinds });
}

function formulas(sheet: SheetPlan): string[] {
  return sheet.blocks.flatMap((b) => b.cells.flat().flatMap((c) => (c.formula === undefined ? [] : [c.formula])));
}

function values(sheet: SheetPlan): unknown[] {
  return sheet.blocks.flatMap((b) => b.cells.flat().map((c) => c.value));
}

const ALLOWED_FUNCTIONS = new Set(["COUNTIFS", "SUM", "IF", "AND", "DATE", "YEAR", "MONTH", "ROUNDUP"]);

describe("buildSummaryPlan", () => {
  const whole = build(new TrackingFixture({ period: "2024-Q1" }));

  it("builds the four sheets, in order, and only them; each kind on its own", () => {
    expect(whole.plan.sheets.map((s) => s.name)).toEqual([
      SUMMARY_SHEET.section,
      SUMMARY_SHEET.lead,
      SUMMARY_SHEET.deadline,
      SUMMARY_SHEET.report,
    ]);
    expect(whole.plan.names).toEqual([]);
    for (const kind of SUMMARY_KINDS) {
      expect(build(new TrackingFixture(), [kind]).plan.sheets.map((s) => s.name)).toEqual([SUMMARY_SHEET[kind]]);
    }
    expect(build(new TrackingFixture(), []).plan.sheets).toEqual([]);
  });

  it("is a plan both writers accept", () => {
    expect(planProblems(whole.plan)).toEqual([]);
    expect(whole.warnings).toEqual([]);
  });

  it("writes formulas Excel 2010, LibreOffice and WPS all know, within Excel's limits, over the entry sheets", () => {
    const all = whole.plan.sheets.flatMap(formulas);
    expect(all.length).toBeGreaterThan(300);
    for (const formula of all) {
      expect(formula.startsWith("=")).toBe(true);
      expect(formula.length).toBeLessThanOrEqual(8192);
      const outside = formula.replace(/"(?:[^"]|"")*"/g, '""');
      for (const [, fn] of outside.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(ALLOWED_FUNCTIONS).toContain(fn);
      for (const [, sheet] of outside.matchAll(/'((?:[^']|'')+)'!/g)) {
        expect([SHEET.activities, SHEET.targets]).toContain(sheet);
      }
    }
  });

  it("counts with live formulas on the three summary sheets and writes the report as fixed figures", () => {
    const [section, lead, deadline, report] = whole.plan.sheets;
    for (const sheet of [section, lead, deadline]) {
      expect(formulas(sheet).some((f) => f.includes("COUNTIFS("))).toBe(true);
      expect(sheet.protection).toBeDefined();
    }
    expect(formulas(report)).toEqual([]);
    expect(report.protection).toBeUndefined();
  });

  it("keeps outside text as text: a unit named like a formula, lead names with quotes", () => {
    const fixture = new TrackingFixture().info("DonVi", '=HYPERLINK("http://x","y")');
    const plan = build(fixture).plan;
    for (const sheet of plan.sheets) {
      for (const formula of formulas(sheet)) expect(formula).not.toContain("HYPERLINK");
    }
    expect(plan.sheets.some((s) => values(s).some((v) => typeof v === "string" && v.includes("HYPERLINK")))).toBe(true);
  });

  it("falls back to fixed figures, says so and warns, where the workbook lacks a column", () => {
    const fixture = new TrackingFixture({ period: "2024" });
    const header = (sheet: string, col: number) => fixture.setAt(sheet, 2, col, "Cột khác");
    header(SHEET.activities, columnOf(ACTIVITY_COLUMNS, "leadGroup"));
    header(SHEET.targets, columnOf(TARGET_COLUMNS, "leadGroup"));
    const built = build(fixture);
    const lead = built.plan.sheets.find((s) => s.name === SUMMARY_SHEET.lead) as SheetPlan;
    expect(formulas(lead).some((f) => f.includes("Nhóm"))).toBe(false);
    expect(
      formulas(lead)
        .filter((f) => f.includes("COUNTIFS("))
        .every((f) => !f.includes("*;")),
    ).toBe(true);
    expect(built.warnings.map((w) => w.vi).join(" ")).toContain("Nhóm chủ trì");
    expect(values(lead).some((v) => typeof v === "string" && v.includes("không tự cập nhật"))).toBe(true);
    const section = built.plan.sheets.find((s) => s.name === SUMMARY_SHEET.section) as SheetPlan;
    expect(formulas(section).some((f) => f.includes("COUNTIFS("))).toBe(true);
  });

  it("charts each status table (drawn by the Excel writer), from the header row down to the last line, on the sheet itself", () => {
    for (const sheet of whole.plan.sheets) {
      const charts = sheet.charts ?? [];
      const expected = sheet.name === SUMMARY_SHEET.section || sheet.name === SUMMARY_SHEET.lead ? 2 : 0;
      expect([sheet.name, charts.length]).toEqual([sheet.name, expected]);
      for (const chart of charts) {
        const source = parseRangeAddress(chart.source);
        const cells = new Map<string, unknown>();
        for (const block of sheet.blocks) {
          block.cells.forEach((row, r) =>
            row.forEach((cell, c) => cells.set(`${block.row + r}:${block.col + c}`, cell.value)),
          );
        }
        expect(cells.get(`${source.row}:${source.col}`)).toMatch(/Lĩnh vực|Cơ quan chủ trì/);
        expect(cells.get(`${source.row}:${source.col + 1}`)).toMatch(/Đạt|Hoàn thành đúng hạn/);
        expect(source.rowCount).toBeGreaterThan(1);
        const from = parseRangeAddress(chart.position.from);
        expect(from.row).toBeGreaterThan(source.row + source.rowCount);
      }
    }
  });

  it("judges only a unit's own rows", () => {
    const unit = UNITS.find((u) => u.name === "Sở Tư pháp");
    const built = build(new TrackingFixture({ unit, period: "2024-H1" }));
    expect(built.summary.leads.map((l) => l.key)).toContain("Sở Tư pháp");
    const tracking = readTrackingWorkbook(new TrackingFixture({ unit, period: "2024-H1" }).snapshot);
    const own = tracking.activities.filter((a) => a.responsibility === "Chủ trì");
    expect(built.summary.total.activities.not_assessed).toBe(tracking.activities.length - own.length);
  });

  it("shows a completion in the counts it feeds", () => {
    const activity = datedActivity("2024-01-01", "2024-03-31");
    const fixture = new TrackingFixture({ period: "2024-H1" })
      .activity(activity.id, "state", "Hoàn thành")
      .activity(activity.id, "doneDate", isoToSerial("2024-03-02"));
    const { total } = build(fixture).summary;
    expect(total.activities.done + total.activities.done_late).toBe(1);
    expect(total.dueDone).toBe(1);
  });
});
