import { MemoryAdapter } from "./memoryAdapter";
import { InvalidPlanError } from "./planProblems";
import { emptySheet, type WorkbookPlan } from "./workbookPlan";

function plan(...names: string[]): WorkbookPlan {
  return {
    formatVersion: "1.0",
    sheets: names.map((name) => {
      const sheet = emptySheet(name);
      sheet.blocks.push({ row: 0, col: 0, cells: [[{ value: name }]] });
      return sheet;
    }),
    names: [],
  };
}

describe("MemoryAdapter", () => {
  it("replaces sheets by name regardless of case in place and appends new ones", async () => {
    const adapter = new MemoryAdapter(plan("Chỉ tiêu", "Ghi chú"));
    await adapter.writePlan(plan("Mới", "CHỈ TIÊU"));
    const described = await adapter.describe();
    expect(described.sheets.map((sheet) => sheet.name)).toEqual(["CHỈ TIÊU", "Ghi chú", "Mới"]);
    expect((await adapter.readSnapshot()).sheets[0].rows).toEqual([[{ value: "CHỈ TIÊU" }]]);
  });

  it("keeps its own copy of the plan", async () => {
    const adapter = new MemoryAdapter();
    const written = plan("A");
    await adapter.writePlan(written);
    written.sheets[0].blocks[0].cells[0][0].value = "changed";
    expect((await adapter.readSnapshot()).sheets[0].rows[0][0].value).toBe("A");
  });

  it("refuses a plan Excel would refuse and leaves the workbook as it was", async () => {
    const adapter = new MemoryAdapter(plan("A"));
    await expect(adapter.writePlan(plan("B", "Tên/không hợp lệ"))).rejects.toThrow(InvalidPlanError);
    expect((await adapter.describe()).sheets.map((sheet) => sheet.name)).toEqual(["A"]);
  });
});
