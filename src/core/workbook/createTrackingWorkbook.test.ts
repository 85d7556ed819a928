import { HA_TINH_2024_FRAMEWORK } from "../framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../framework/units";
import { createTrackingWorkbook } from "./createTrackingWorkbook";
import { ACTIVITY_COLUMNS, SHEET, columnOf } from "./layout";
import { MemoryAdapter } from "./memoryAdapter";

const options = { framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS, period: "2024-Q1" };

describe("createTrackingWorkbook", () => {
  it("writes a fresh workbook and reports every row as added", async () => {
    const adapter = new MemoryAdapter();
    const result = await createTrackingWorkbook(adapter, options);
    expect(result).toMatchObject({ reloaded: false, activities: 93, report: { kept: 0, removed: 0 } });
    const snapshot = await adapter.readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toContain(SHEET.activities);
  });

  it("carries entries over when run again, and applies the protection password", async () => {
    const adapter = new MemoryAdapter();
    await createTrackingWorkbook(adapter, options);
    const first = await createTrackingWorkbook(adapter, options);
    expect(first).toMatchObject({ reloaded: true, report: { kept: 0, removed: 0 } });
    const described = await adapter.describe();
    const activities = described.sheets.find((s) => s.name === SHEET.activities)!;
    const noteCol = columnOf(ACTIVITY_COLUMNS, "note");
    activities.blocks.push({ row: 4, col: noteCol, cells: [[{ value: "đã gửi báo cáo" }]] });
    await adapter.writePlan(described);
    const again = await createTrackingWorkbook(adapter, { ...options, period: "2024-H1", password: "mật khẩu" });
    expect(again).toMatchObject({ reloaded: true, report: { kept: 1, removed: 0 } });
    const after = await adapter.describe();
    const sheet = after.sheets.find((s) => s.name === SHEET.activities)!;
    expect(sheet.protection?.password).toBe("mật khẩu");
    const snapshot = await adapter.readSnapshot();
    const row = snapshot.sheets.find((s) => s.name === SHEET.activities)!.rows[4];
    expect(row[noteCol].value).toBe("đã gửi báo cáo");
  });
});
