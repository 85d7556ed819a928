import { HA_TINH_2024_FRAMEWORK } from "../core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../core/framework/units";
import { buildSummaryPlan } from "../core/summary/buildSummaryPlan";
import { SUMMARY_SHEET } from "../core/summary/summaryLayout";
import { evaluateWorkbook } from "../core/validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../core/validation/readTrackingWorkbook";
import { buildWorkbookPlan } from "../core/workbook/buildWorkbookPlan";
import { planToSnapshot } from "../core/workbook/planToSnapshot";
import { emptySheet, type ChartPlan, type WorkbookPlan } from "../core/workbook/workbookPlan";
import { ExcelAdapter } from "./excelAdapter";
import { createFakeExcel } from "./fake";

const chart: ChartPlan = {
  type: "barStacked",
  source: "B2:D5",
  seriesBy: "columns",
  title: "Hoạt động theo trạng thái",
  position: { from: "A8", to: "F24" },
  legend: "bottom",
};

function plan(charts: ChartPlan[], protect: boolean): WorkbookPlan {
  const sheet = emptySheet("Tổng hợp");
  sheet.blocks.push({
    row: 1,
    col: 1,
    cells: [
      [{ value: "Lĩnh vực" }, { value: "Đạt" }, { value: "Chậm tiến độ" }],
      [{ value: "I" }, { value: 1 }, { value: 2 }],
      [{ value: "II" }, { value: 3 }, { value: 0 }],
      [{ value: "III" }, { value: 0 }, { value: 4 }],
    ],
  });
  sheet.charts = charts;
  if (protect)
    sheet.protection = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: false, allowSort: false };
  return { formatVersion: "1.0", sheets: [sheet], names: [] };
}

describe("queueCharts (through ExcelAdapter.writePlan)", () => {
  it("adds a stacked bar over the source, with its title, legend and position, on a protected sheet", async () => {
    const fake = createFakeExcel();
    await new ExcelAdapter(fake.Excel.run).writePlan(plan([chart, { ...chart, legend: "none", title: "Hai" }], true));
    expect(fake.state.sheet("Tổng hợp").charts).toMatchObject([
      {
        type: "BarStacked",
        source: "'Tổng hợp'!B2:D5",
        seriesBy: "Columns",
        title: { text: "Hoạt động theo trạng thái", visible: true },
        legend: { visible: true, position: "Bottom" },
        position: { startCell: "A8", endCell: "F24" },
      },
      { title: { text: "Hai" }, legend: { visible: false } },
    ]);
    expect(fake.stats.syncCount).toBe(2);
  });

  it("costs no extra sync, whatever the number of charts", async () => {
    const syncs = async (charts: ChartPlan[]) => {
      const fake = createFakeExcel();
      await new ExcelAdapter(fake.Excel.run).writePlan(plan(charts, false));
      return fake.stats.syncCount;
    };
    expect(await syncs([chart, chart, chart])).toBe(await syncs([]));
  });

  it("draws the charts of the summary sheets over their tables", async () => {
    const workbook = buildWorkbookPlan({
      framework: HA_TINH_2024_FRAMEWORK,
      units: HA_TINH_2024_UNITS,
      period: "2024",
    });
    const snapshot = planToSnapshot(workbook);
    const tracking = readTrackingWorkbook(snapshot);
    const summary = buildSummaryPlan(snapshot, tracking, evaluateWorkbook(tracking), {
      kinds: ["section", "lead"],
    }).plan;
    const fake = createFakeExcel();
    await new ExcelAdapter(fake.Excel.run).writePlan(summary);
    for (const sheet of summary.sheets) {
      const drawn = fake.state.sheet(sheet.name).charts;
      expect(drawn.map((c) => c.source)).toEqual((sheet.charts ?? []).map((c) => `'${sheet.name}'!${c.source}`));
      expect(drawn.every((c) => c.type === "BarStacked")).toBe(true);
    }
    expect(fake.state.sheet(SUMMARY_SHEET.section).charts).toHaveLength(2);
  });
});
