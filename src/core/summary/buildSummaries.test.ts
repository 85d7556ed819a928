import { HA_TINH_2024_FRAMEWORK } from "../framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../framework/units";
import { buildWorkbookPlan } from "../workbook/buildWorkbookPlan";
import { MemoryAdapter } from "../workbook/memoryAdapter";
import { emptySheet } from "../workbook/workbookPlan";
import { buildSummaries } from "./buildSummaries";
import { SummaryError } from "./summaryError";
import { SUMMARY_SHEET } from "./summaryLayout";

function workbook(period = "2024-H1") {
  const plan = buildWorkbookPlan({ framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS, period });
  const own = emptySheet("Ghi chép riêng");
  own.blocks.push({ row: 0, col: 0, cells: [[{ value: "sheet the user added" }]] });
  return new MemoryAdapter({ ...plan, sheets: [...plan.sheets, own] });
}

describe("buildSummaries", () => {
  it("writes the summary sheets after the others and leaves every other sheet as it was", async () => {
    const adapter = workbook();
    const before = await adapter.readSnapshot();
    const result = await buildSummaries(adapter);
    expect(result.sheets).toEqual(Object.values(SUMMARY_SHEET));
    const after = await adapter.readSnapshot();
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets.slice(before.sheets.length).map((s) => s.name)).toEqual(Object.values(SUMMARY_SHEET));
    expect(after.names).toEqual(before.names);
    expect(result.headline.asOf).toBe("2024-06-14");
    expect(result.headline.activities.judged).toBe(93);
  });

  it("rebuilds in place: the same sheets, at the same positions, nothing duplicated", async () => {
    const adapter = workbook();
    await buildSummaries(adapter, { kinds: ["section", "report"] });
    const first = (await adapter.readSnapshot()).sheets.map((s) => s.name);
    await buildSummaries(adapter, { kinds: ["section", "report"], asOf: "2024-12-14" });
    const second = await adapter.readSnapshot();
    expect(second.sheets.map((s) => s.name)).toEqual(first);
    const report = second.sheets.find((s) => s.name === SUMMARY_SHEET.report);
    expect(report?.rows.flat().some((c) => c.value === "(Số liệu tính đến ngày 14/12/2024)")).toBe(true);
  });

  it("writes nothing for a preview, and reports the headline", async () => {
    const adapter = workbook();
    const before = await adapter.describe();
    const result = await buildSummaries(adapter, { previewOnly: true, asOf: "2024-03-14" });
    expect(result.sheets).toEqual([]);
    expect(await adapter.describe()).toEqual(before);
    expect(result.headline.asOf).toBe("2024-03-14");
    expect(result.headline.workbookAsOf).toBe("2024-06-14");
  });

  it("refuses a workbook that is not a tracking workbook, saying what to do", async () => {
    const adapter = new MemoryAdapter({ formatVersion: "", sheets: [emptySheet("Sheet1")], names: [] });
    await expect(buildSummaries(adapter)).rejects.toThrow(SummaryError);
    await expect(buildSummaries(adapter)).rejects.toMatchObject({
      userMessage: { vi: expect.stringContaining("Khung nhiệm vụ") },
    });
  });
});
