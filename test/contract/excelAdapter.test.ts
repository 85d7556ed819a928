import { ExcelAdapter } from "../../src/excel/excelAdapter";
import { createFakeExcel, type FakeExcel } from "../../src/excel/fake";
import { samplePlan } from "../fixtures/samplePlan";
import { syntheticPlan } from "../fixtures/syntheticPlan";
import { workbookAdapterContract } from "./workbookAdapter.contract";

/** The most context.sync() calls a write may take, however large the plan. */
const MAX_WRITE_SYNCS = 8;

// A new blank workbook, as Excel opens it: one empty "Sheet1".
workbookAdapterContract("Office.js on the fake Excel", () => new ExcelAdapter(createFakeExcel().Excel.run));

describe("ExcelAdapter on the fake: cost of a write", () => {
  async function write(rows: number): Promise<FakeExcel> {
    const fake = createFakeExcel();
    await new ExcelAdapter(fake.Excel.run).writePlan(syntheticPlan(rows));
    return fake;
  }

  it("takes a small, fixed number of syncs, the same for a plan 10× larger", async () => {
    const one = await write(200);
    const ten = await write(2000);
    expect(one.stats.syncCount).toBeLessThanOrEqual(MAX_WRITE_SYNCS);
    expect(ten.stats.syncCount).toBe(one.stats.syncCount);
    expect(ten.stats.operationCount).toBe(one.stats.operationCount);
  });

  it("writes every block as one 2D operation and never a cell at a time", async () => {
    const fake = createFakeExcel();
    const plan = samplePlan();
    await new ExcelAdapter(fake.Excel.run).writePlan(plan);
    const blocks = plan.sheets.reduce((count, sheet) => count + sheet.blocks.length, 0);
    expect(fake.stats.count("range.formulas")).toBe(blocks);
    expect(fake.stats.count(/^range\.(values|formulas)$/)).toBe(blocks);
  });
});
