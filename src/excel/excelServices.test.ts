import { HA_TINH_2024_FRAMEWORK } from "../core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../core/framework/units";
import { SUMMARY_SHEET } from "../core/summary/summaryLayout";
import { SummaryError } from "../core/summary/summaryError";
import { createFakeExcel } from "./fake";
import { createExcelServices } from "./excelServices";

const plan = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS };

describe("createExcelServices: buildSummaries", () => {
  it("builds the summaries into the open workbook in a fixed number of syncs, with the charts drawn", async () => {
    const fake = createFakeExcel();
    const services = createExcelServices(plan, fake.Excel.run);
    await services.createWorkbook?.({ period: "2024-Q1" });
    const syncsBefore = fake.stats.syncCount;
    const result = await services.buildSummaries?.({ kinds: ["section", "lead", "deadline", "report"] });
    // Read the snapshot (2 syncs) and write the plan (2 syncs), whatever the workbook's size.
    expect(fake.stats.syncCount - syncsBefore).toBe(4);
    expect(result?.sheets).toEqual(Object.values(SUMMARY_SHEET));
    expect(fake.state.sheet(SUMMARY_SHEET.section).charts.map((c) => c.type)).toEqual(["BarStacked", "BarStacked"]);
    expect(fake.state.sheet(SUMMARY_SHEET.lead).charts).toHaveLength(2);
    expect(result?.headline.asOf).toBe("2024-03-14");

    // Rebuilding replaces the summary sheets and nothing else.
    const names = fake.state.sheetNames;
    await services.buildSummaries?.({ kinds: ["section", "report"] });
    expect(fake.state.sheetNames.sort()).toEqual([...names].sort());
  });

  it("previews without writing", async () => {
    const fake = createFakeExcel();
    const services = createExcelServices(plan, fake.Excel.run);
    await services.createWorkbook?.({ period: "2024" });
    const names = fake.state.sheetNames;
    const result = await services.buildSummaries?.({ kinds: ["section"], previewOnly: true });
    expect(result?.sheets).toEqual([]);
    expect(fake.state.sheetNames).toEqual(names);
  });

  it("refuses a workbook without the tracking sheets", async () => {
    const fake = createFakeExcel();
    const services = createExcelServices(plan, fake.Excel.run);
    await expect(services.buildSummaries?.({ kinds: ["report"] })).rejects.toThrow(SummaryError);
  });
});
