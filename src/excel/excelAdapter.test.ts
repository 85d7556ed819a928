import fc from "fast-check";
import { snapshotCells } from "../../test/contract/comparable";
import { planToSnapshot } from "../core/workbook/planToSnapshot";
import { samplePlan, INFO_SHEET, TASKS_SHEET, HIDDEN_SHEET } from "../../test/fixtures/samplePlan";
import { syntheticPlan, SYNTHETIC_SHEET } from "../../test/fixtures/syntheticPlan";
import { columnWidthPoints } from "../core/workbook/columnWidth";
import { parseRangeAddress, rangeAddress } from "../core/workbook/a1";
import { InvalidPlanError } from "../core/workbook/planProblems";
import { emptySheet, type WorkbookPlan } from "../core/workbook/workbookPlan";
import { ExcelAdapter } from "./excelAdapter";
import { ExcelError } from "./excelError";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "./fake";

/** The most syncs a write may take, whatever the size of the plan. */
const MAX_WRITE_SYNCS = 8;

function setup(options?: FakeExcelOptions): { fake: FakeExcel; adapter: ExcelAdapter } {
  const fake = createFakeExcel(options);
  return { fake, adapter: new ExcelAdapter(fake.Excel.run) };
}

async function writeCounts(plan: WorkbookPlan): Promise<{ syncs: number; operations: number; formulas: number }> {
  const { fake, adapter } = setup();
  await adapter.writePlan(plan);
  return {
    syncs: fake.stats.syncCount,
    operations: fake.stats.operationCount,
    formulas: fake.stats.count("range.formulas"),
  };
}

describe("ExcelAdapter.writePlan: round trips", () => {
  it("writes the sample plan in two syncs: one to read the sheet list, one to write", async () => {
    const { fake, adapter } = setup();
    await adapter.writePlan(samplePlan());
    expect(fake.stats.syncCount).toBe(2);
    expect(fake.stats.runCount).toBe(1);
    expect(fake.stats.operations.every((operation) => operation.status === "applied")).toBe(true);
  });

  it.each([10, 100, 1000])("writes a %i-row plan in the same syncs and operations as a 1-row plan", async (rows) => {
    const small = await writeCounts(syntheticPlan(1));
    const large = await writeCounts(syntheticPlan(rows));
    expect(large.syncs).toBeLessThanOrEqual(MAX_WRITE_SYNCS);
    expect(large).toEqual(small);
  });

  it("writes each block with one 2D formulas assignment covering exactly the block", async () => {
    const { fake, adapter } = setup();
    const plan = samplePlan();
    await adapter.writePlan(plan);
    const writes = fake.stats.operations.filter((operation) => operation.kind === "range.formulas");
    const blocks = plan.sheets.flatMap((sheet) =>
      sheet.blocks.map((block) => ({
        sheet: sheet.name,
        address: rangeAddress(block.row, block.col, block.cells.length, block.cells[0].length),
      })),
    );
    expect(writes.map(({ sheet, address }) => ({ sheet, address }))).toEqual(blocks);
    expect(fake.stats.count(/^range\.values$/)).toBe(0);
  });

  it("suspends calculation and screen updating at the start of the writing sync", async () => {
    const { fake, adapter } = setup();
    await adapter.writePlan(samplePlan());
    const writing = fake.stats.operationsOfSync(2).map((operation) => operation.kind);
    expect(writing.slice(0, 2)).toEqual([
      "application.suspendApiCalculationUntilNextSync",
      "application.suspendScreenUpdatingUntilNextSync",
    ]);
    expect(fake.stats.count(/^application\.suspend/)).toBe(2);
  });

  it("keeps text that Excel would read as a formula, number, boolean or date as text", async () => {
    const { fake, adapter } = setup();
    await adapter.writePlan(samplePlan());
    const tasks = fake.state.sheet(TASKS_SHEET);
    for (const [address, text] of [
      ["I4", "=1+1"],
      ["I5", "+84"],
      ["I6", "-5"],
      ["I7", "@x"],
      ["A9", "'quoted"],
      ["B9", "0123"],
      ["C9", "12%"],
      ["D9", "TRUE"],
    ]) {
      expect([address, tasks.cell(address).value, tasks.cell(address).formula]).toEqual([address, text, null]);
    }
    expect(tasks.cell("B4").quotePrefix).toBe(false);
    expect(tasks.cell("B11").formula).toBe("=SUM(E4:E7)");
  });

  it("sets column widths in points from character widths, hides columns, sets row heights", async () => {
    const { fake, adapter } = setup();
    await adapter.writePlan(samplePlan());
    const tasks = fake.state.sheet(TASKS_SHEET);
    expect(tasks.columnWidth("B")).toBe(columnWidthPoints(45));
    expect(tasks.columnWidth("B")).toBeCloseTo(45 * 5.25, 0);
    expect(tasks.hiddenColumns).toEqual(["I"]);
    expect(tasks.rowHeight(3)).toBe(30);
    expect(tasks.freeze).toEqual({ rows: 3, columns: 2 });
  });

  it("protects sheets with their allowances and password, leaving entry cells unlocked", async () => {
    const { fake, adapter } = setup();
    await adapter.writePlan(samplePlan());
    const tasks = fake.state.sheet(TASKS_SHEET);
    expect(tasks.protection.protected).toBe(true);
    expect(tasks.protection.password).toBeNull();
    expect(tasks.protection.options).toMatchObject({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
      allowSort: false,
      allowFormatCells: false,
    });
    expect(tasks.cell("E4").format.locked).toBe(false);
    expect(tasks.cell("H7").format.locked).toBe(false);
    expect(tasks.cell("A4").format.locked).toBe(true);
    expect(fake.state.sheet(HIDDEN_SHEET).protection.password).toBe("mật-khẩu");
    // Protection comes after every other write of the sheet, or Excel would refuse them.
    const kinds = fake.stats.operations.map((operation) => operation.kind);
    expect(kinds.indexOf("worksheet.protection.protect")).toBeGreaterThan(kinds.lastIndexOf("tables.add"));
  });

  it("writes validation, conditional formats in priority order, tables, print setup and names", async () => {
    const { fake, adapter } = setup();
    await adapter.writePlan(samplePlan());
    const tasks = fake.state.sheet(TASKS_SHEET);
    expect(tasks.dataValidationAt("H5")?.rule).toEqual({
      list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Hoàn thành" },
    });
    expect(tasks.dataValidationAt("H5")?.prompt).toEqual({
      showPrompt: true,
      title: "Tình trạng",
      message: "Chọn một tình trạng trong danh sách.",
    });
    expect(tasks.dataValidationAt("D4")?.errorAlert.style).toBe("Information");
    const custom = tasks.conditionalFormats.filter((format) => format.type === "Custom");
    expect(custom.map((format) => [format.priority, format.rule.formula, format.stopIfTrue])).toEqual([
      [0, '=AND($D4<45400,$H4<>"Hoàn thành")', true],
      [1, '=$H4="Hoàn thành"', false],
    ]);
    expect(fake.state.table("tblNhiemVu")).toMatchObject({
      sheet: TASKS_SHEET,
      address: "A3:I7",
      showBandedRows: true,
    });
    expect(tasks.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$3:$3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      topMargin: 36,
      leftMargin: 28.8,
    });
    expect(tasks.pageLayout.headerFooter.centerFooter).toBe("Trang &P/&N");
    expect(fake.state.names.map((name) => [name.name, name.formula, name.comment])).toEqual([
      ["DonVi", `='${INFO_SHEET}'!$B$2`, "Tên đơn vị báo cáo"],
      ["NgayBaoCao", `='${INFO_SHEET}'!$B$4`, ""],
      ["DanhMucDonVi", `='${HIDDEN_SHEET}'!$A$2:$A$3`, ""],
    ]);
  });
});

describe("ExcelAdapter.writePlan: an existing workbook", () => {
  it("replaces sheets in place, clears what the old sheet held, keeps other sheets and their content", async () => {
    const { fake, adapter } = setup({
      sheets: [
        { name: "Ghi chú", rows: [["Giữ nguyên"]] },
        {
          name: TASKS_SHEET.toUpperCase(),
          rows: [
            ["cũ", "cũ"],
            ["cũ", "cũ"],
          ],
          startAt: "Z90",
        },
        { name: "Sheet1" },
      ],
      names: [{ name: "DonVi", reference: "='Ghi chú'!$A$1" }],
    });
    await adapter.writePlan(samplePlan());
    expect(fake.state.sheetNames).toEqual(["Ghi chú", TASKS_SHEET, "Sheet1", INFO_SHEET, HIDDEN_SHEET]);
    expect(fake.state.sheet("Ghi chú").cell("A1").value).toBe("Giữ nguyên");
    expect(fake.state.sheet(TASKS_SHEET).usedRange(true)).not.toContain("AA91");
    expect(fake.state.sheet(TASKS_SHEET).cell("Z90").value).toBeNull();
    expect(fake.state.names.find((name) => name.name === "DonVi")?.formula).toBe(`='${INFO_SHEET}'!$B$2`);
  });

  it("replaces the workbook's only sheet", async () => {
    const { fake, adapter } = setup({ sheets: { [INFO_SHEET]: [["cũ"]] } });
    const plan: WorkbookPlan = { formatVersion: "1.0", sheets: [emptySheet(INFO_SHEET)], names: [] };
    plan.sheets[0].blocks.push({ row: 0, col: 0, cells: [[{ value: "mới" }]] });
    await adapter.writePlan(plan);
    expect(fake.state.sheetNames).toEqual([INFO_SHEET]);
    expect(fake.state.sheet(INFO_SHEET).cell("A1").value).toBe("mới");
  });

  it("hides the sheets the plan hides", async () => {
    const { fake, adapter } = setup();
    await adapter.writePlan(samplePlan());
    const hidden = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(HIDDEN_SHEET);
      sheet.load("visibility,tabColor");
      await context.sync();
      return sheet.visibility;
    });
    expect(hidden).toBe("Hidden");
  });
});

describe("ExcelAdapter.writePlan: errors", () => {
  it.each([
    ["Kế hoạch cải cách hành chính năm 2024", "31"],
    ["Quý I/2024", "/"],
    ["Khung [nháp]", "[ ]"],
    ["Chỉ tiêu: 2024?", ": ?"],
    ["'Chỉ tiêu'", "'"],
  ])("refuses the sheet name %j with a bilingual message, before touching Excel", async (name, detail) => {
    const { fake, adapter } = setup();
    const plan = samplePlan();
    plan.sheets[0].name = name;
    const error = await adapter.writePlan(plan).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidPlanError);
    const message = (error as InvalidPlanError).message;
    expect(message).toContain(`“${name}”`);
    expect(message).toContain(detail);
    expect(message).toMatch(/Tên trang tính .* \/ The sheet name/);
    expect(fake.stats.runCount).toBe(0);
  });

  it("turns an error Excel raises during the batch into a bilingual ExcelError that keeps Excel's", async () => {
    const { adapter } = setup({ sheets: { "Ghi chú": [["x"]] } });
    const plan = samplePlan();
    plan.names.push({ name: "Thieu", ref: "'Không có'!$A$1" });
    const error = await adapter.writePlan(plan).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExcelError);
    const excelError = error as ExcelError;
    expect(excelError.userMessage.vi).toMatch(/^Không ghi được sổ vào Excel: /);
    expect(excelError.userMessage.en).toMatch(/^Could not write the workbook into Excel: /);
    expect((excelError.cause as { code?: string }).code).toBe("ItemNotFound");
  });
});

describe("ExcelAdapter.readSnapshot", () => {
  it("reads values, formulas, number formats and error values in two syncs", async () => {
    const { fake, adapter } = setup({
      sheets: {
        [INFO_SHEET]: [
          [null, { formula: "=1/0", value: "#DIV/0!" }],
          [
            { value: 45365, numberFormat: "dd/mm/yyyy" },
            { formula: "=A2+1", value: 45366 },
          ],
        ],
      },
      names: [{ name: "Ngay", reference: `='${INFO_SHEET}'!$A$2` }],
    });
    fake.resetStats();
    const snapshot = await adapter.readSnapshot();
    expect(fake.stats.syncCount).toBe(2);
    expect(snapshot).toEqual({
      sheets: [
        {
          name: INFO_SHEET,
          rows: [
            [{ value: null }, { value: { error: "#DIV/0!" }, formula: "=1/0" }],
            [
              { value: 45365, numberFormat: "dd/mm/yyyy" },
              { value: 45366, formula: "=A2+1" },
            ],
          ],
        },
      ],
      names: { Ngay: `'${INFO_SHEET}'!$A$2` },
    });
  });

  it("pads a used range that starts below A1 and gives an empty sheet no rows", async () => {
    const { adapter } = setup({ sheets: [{ name: "A", rows: [["x"]], startAt: "B2" }, { name: "B" }] });
    const snapshot = await adapter.readSnapshot();
    expect(snapshot.sheets).toEqual([
      {
        name: "A",
        rows: [
          [{ value: null }, { value: null }],
          [{ value: null }, { value: "x" }],
        ],
      },
      { name: "B", rows: [] },
    ]);
  });

  it("reads a 10× larger workbook in the same two syncs", async () => {
    for (const rows of [20, 200]) {
      const { fake, adapter } = setup();
      await adapter.writePlan(syntheticPlan(rows));
      fake.resetStats();
      const snapshot = await adapter.readSnapshot();
      expect(fake.stats.syncCount).toBe(2);
      const sheet = snapshot.sheets.find((candidate) => candidate.name === SYNTHETIC_SHEET);
      expect(sheet?.rows).toHaveLength(rows + 3);
    }
  });
});

describe("ExcelAdapter: any cells", () => {
  const cellValue = fc.oneof(
    fc.string({ unit: "grapheme" }),
    fc.constantFrom("=1+1", "+84", "-5", "@x", "'a", "0123", "12%", "TRUE", "3/14", "Mar 5", "#N/A", " 1"),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  );

  it("reads back exactly the constants it wrote, at their place, whatever they look like", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(cellValue, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
          ),
        async (row, col, values) => {
          const sheet = emptySheet("Dữ liệu");
          sheet.blocks.push({ row, col, cells: values.map((line) => line.map((value) => ({ value }))) });
          const plan: WorkbookPlan = { formatVersion: "1.0", sheets: [sheet], names: [] };
          const { adapter } = setup();
          await adapter.writePlan(plan);
          const snapshot = await adapter.readSnapshot();
          const read = snapshotCells(snapshot.sheets.find((candidate) => candidate.name === "Dữ liệu"));
          expect(read).toEqual(snapshotCells(planToSnapshot(plan).sheets[0]));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("ExcelAdapter.describe", () => {
  it("describes in three syncs whatever the size", async () => {
    for (const rows of [5, 50]) {
      const { fake, adapter } = setup();
      await adapter.writePlan(syntheticPlan(rows));
      fake.resetStats();
      const described = await adapter.describe();
      expect(fake.stats.syncCount).toBe(3);
      const sheet = described.sheets.find((candidate) => candidate.name === SYNTHETIC_SHEET);
      const block = sheet?.blocks[0];
      expect(block && parseRangeAddress(rangeAddress(block.row, block.col, block.cells.length, 1)).rowCount).toBe(
        rows + 3,
      );
    }
  });
});
