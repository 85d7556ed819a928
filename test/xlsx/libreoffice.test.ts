/**
 * Workbooks the .xlsx writer makes, opened and recalculated by LibreOffice Calc: formulas compute (no
 * error values), text that looks like a formula stays text, Vietnamese survives, and validation and
 * conditional formats are still there after LibreOffice saves the file again.
 */
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import { buildWorkbookPlan } from "../../src/core/workbook/buildWorkbookPlan";
import { normalizeRef } from "../../src/core/workbook/normalizePlan";
import { emptySheet, type WorkbookPlan } from "../../src/core/workbook/workbookPlan";
import { isErrorValue } from "../../src/core/workbook/workbookSnapshot";
import { writePlanToXlsx, XlsxAdapter } from "../../src/xlsx/xlsxAdapter";
import { parseCsv, recalculateWithLibreOffice } from "../helpers/libreoffice";

jest.setTimeout(180_000);

const TEXTS = ["=1+1", "@SUM(A1)", "-5 trẻ", "+84", "=SUM(A1:A3)", "_x0041_"];
const VIETNAMESE = "Ủy ban nhân dân tỉnh: Đánh giá “Hoàn thành” – Sở Tư pháp, Nội vụ; ĐẠT, chưa đạt, ữ ỹ ỵ";
const STATES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"];

function plan(): WorkbookPlan {
  const info = emptySheet("Thông tin");
  info.blocks.push({ row: 0, col: 0, cells: [[{ value: "Năm kế hoạch" }, { value: 2025 }]] });
  const calc = emptySheet("Tính toán");
  calc.blocks.push({
    row: 0,
    col: 0,
    cells: [
      [{ value: 10 }, { formula: '=IF(A3>25,"Đạt","Chưa đạt")' }, { value: TEXTS[0] }, { value: STATES[2] }],
      [{ value: 20 }, { formula: "=AND(A1>5,A2>5)" }, { value: TEXTS[1] }, { value: null }],
      [{ formula: "=SUM(A1:A2)" }, { formula: "=ISBLANK(F20)" }, { value: TEXTS[2] }, { value: null }],
      [{ value: 0.486 }, { formula: "=DATE(NamKeHoach,12,31)" }, { value: TEXTS[3] }, { value: null }],
      [{ value: 45747 }, { formula: "=NamKeHoach+1" }, { value: TEXTS[4] }, { value: null }],
      [{ value: VIETNAMESE }, { formula: '=IFS(A1>5,"lớn",TRUE,"nhỏ")' }, { value: TEXTS[5] }, { value: null }],
    ],
  });
  calc.styles.push(
    { range: "B4", style: { numberFormat: "dd/mm/yyyy" } },
    { range: "A5", style: { numberFormat: "dd/mm/yyyy" } },
    { range: "A4", style: { numberFormat: "0.0%" } },
  );
  calc.validations.push({
    range: "D1:D6",
    rule: { type: "list", values: STATES },
    allowBlank: true,
    prompt: { title: "Tình trạng", text: "Chọn từ danh sách" },
    error: { title: "Không hợp lệ", text: "Chỉ chọn giá trị trong danh sách", style: "stop" },
  });
  calc.conditionalFormats.push({
    range: "A1:A3",
    formula: "=$A1>15",
    style: { fill: "#FFC7CE", fontColor: "#9C0006" },
    priority: 1,
    stopIfTrue: false,
  });
  const units = emptySheet("Đơn vị");
  units.blocks.push({
    row: 0,
    col: 0,
    cells: [
      [{ value: "Tên đơn vị" }, { value: "Cấp" }],
      [{ value: "Sở Nội vụ" }, { value: "Sở, ban, ngành" }],
      [{ value: "UBND huyện Kỳ Anh" }, { value: "UBND cấp huyện" }],
    ],
  });
  units.tables.push({ name: "DanhMuc", range: "A1:B3", style: "TableStyleMedium2", showRowStripes: true });
  calc.autoFilter = { range: "A1:D6" };
  calc.protection = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: false };
  calc.styles.push({ range: "D1:D6", style: { locked: false } });
  return {
    formatVersion: "1.0",
    sheets: [info, calc, units],
    names: [{ name: "NamKeHoach", ref: "'Thông tin'!$B$1" }],
  };
}

describe("LibreOffice opens and recalculates what the .xlsx writer makes", () => {
  let displayed: Record<string, string[][]>;
  let recalculated: XlsxAdapter;

  beforeAll(async () => {
    const result = await recalculateWithLibreOffice(await writePlanToXlsx(plan()));
    displayed = result.sheets;
    recalculated = await XlsxAdapter.fromBuffer(result.xlsx);
  });

  it("computes every formula, none to an error value", async () => {
    const snapshot = await recalculated.readSnapshot();
    const calc = snapshot.sheets.find((s) => s.name === "Tính toán");
    expect(calc).toBeDefined();
    const formulas = calc!.rows.flat().filter((cell) => cell.formula !== undefined);
    expect(formulas).toHaveLength(7);
    for (const cell of formulas) {
      expect(cell.value).not.toBeNull();
      expect(isErrorValue(cell.value)).toBe(false);
    }
    const at = (row: number, col: number) => calc!.rows[row][col];
    expect(at(2, 0)).toMatchObject({ value: 30, formula: "=SUM(A1:A2)" });
    expect(at(0, 1).value).toBe("Đạt");
    expect(at(1, 1).value).toBe(true);
    expect(at(2, 1).value).toBe(true);
    // 31/12/2025 is serial 46022 in the 1900 date system.
    expect(at(3, 1)).toMatchObject({ value: 46022, numberFormat: "dd/mm/yyyy" });
    expect(at(4, 1).value).toBe(2026);
    expect(at(5, 1).value).toBe("lớn");
  });

  it("shows computed values with their number formats", () => {
    const rows = displayed["Tính toán"];
    expect(rows[2][0]).toBe("30");
    expect(rows[3][1]).toBe("31/12/2025");
    expect(rows[4][0]).toBe("31/03/2025");
    expect(rows[3][0]).toBe("48.6%");
    expect(displayed["Thông tin"][0]).toEqual(["Năm kế hoạch", "2025"]);
  });

  it("keeps text that looks like a formula as text", async () => {
    const snapshot = await recalculated.readSnapshot();
    const calc = snapshot.sheets.find((s) => s.name === "Tính toán")!;
    TEXTS.forEach((text, row) => {
      expect(calc.rows[row][2]).toEqual({ value: text });
      expect(displayed["Tính toán"][row][2]).toBe(text);
    });
  });

  it("round-trips Vietnamese text with its diacritics", async () => {
    const snapshot = await recalculated.readSnapshot();
    const calc = snapshot.sheets.find((s) => s.name === "Tính toán")!;
    expect(calc.rows[5][0].value).toBe(VIETNAMESE);
    expect(displayed["Tính toán"][5][0]).toBe(VIETNAMESE);
    expect(Object.keys(displayed).sort()).toEqual(["Thông tin", "Tính toán", "Đơn vị"].sort());
    expect(snapshot.names).toEqual({ NamKeHoach: normalizeRef("'Thông tin'!$B$1") });
  });

  it("keeps the filter, the protection with its unlocked cells, and the table", async () => {
    const described = await recalculated.describe();
    const calc = described.sheets.find((s) => s.name === "Tính toán")!;
    expect(calc.autoFilter).toEqual({ range: "A1:D6" });
    expect(calc.protection).toEqual(expect.objectContaining({ allowFormatColumns: true, allowFormatRows: true }));
    expect(calc.styles).toContainEqual(
      expect.objectContaining({ range: "D1:D6", style: expect.objectContaining({ locked: false }) }),
    );
    const units = described.sheets.find((s) => s.name === "Đơn vị")!;
    // LibreOffice keeps the table but not its style.
    expect(units.tables).toEqual([expect.objectContaining({ name: "DanhMuc", range: "A1:B3" })]);
  });

  it("keeps the data validation and the conditional format", async () => {
    const described = await recalculated.describe();
    const calc = described.sheets.find((s) => s.name === "Tính toán")!;
    expect(calc.validations).toEqual([
      expect.objectContaining({ range: "D1:D6", rule: { type: "list", values: STATES }, allowBlank: true }),
    ]);
    expect(calc.conditionalFormats).toEqual([
      expect.objectContaining({
        range: "A1:A3",
        formula: "=$A1>15",
        style: expect.objectContaining({ fill: "#FFC7CE" }),
      }),
    ]);
  });
});

describe("the tracking workbook built from the embedded framework", () => {
  it.each([
    ["a unit", "2024-H1", true],
    ["the coordinator (whole plan)", "2024", false],
  ])("computes every formula without an error in LibreOffice: %s, %s", async (_who, period, forUnit) => {
    const unit = HA_TINH_2024_UNITS[0];
    const plan = buildWorkbookPlan({
      framework: HA_TINH_2024_FRAMEWORK,
      units: HA_TINH_2024_UNITS,
      unit: forUnit ? { name: unit.name, level: unit.level } : undefined,
      period,
    });
    const result = await recalculateWithLibreOffice(await writePlanToXlsx(plan));
    const snapshot = await (await XlsxAdapter.fromBuffer(result.xlsx)).readSnapshot();
    const formulas = snapshot.sheets.flatMap((sheet) =>
      sheet.rows.flatMap((row, r) =>
        row.flatMap((cell, c) => (cell.formula === undefined ? [] : [{ sheet: sheet.name, r, c, cell }])),
      ),
    );
    expect(formulas.length).toBeGreaterThan(50);
    expect(formulas.filter(({ cell }) => isErrorValue(cell.value))).toEqual([]);
    // A formula that computes "" reads as null (exceljs cannot tell it from "not calculated"); most compute values.
    expect(formulas.filter(({ cell }) => cell.value !== null).length).toBeGreaterThan(formulas.length / 2);
  });
});

describe("the LibreOffice harness", () => {
  it("fails, never skips, when soffice is missing", async () => {
    await expect(
      recalculateWithLibreOffice(new Uint8Array([1, 2, 3]), { soffice: "/nonexistent/soffice" }),
    ).rejects.toThrow(/libreoffice-calc/);
  });

  it.each([
    [
      "plain",
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["quoted comma and quote", '"x, ""y""",z\r\n', [['x, "y"', "z"]]],
    ["line break inside quotes", '"dòng 1\ndòng 2",3', [["dòng 1\ndòng 2", "3"]]],
    ["empty fields", ",,\n", [["", "", ""]]],
  ])("parses CSV: %s", (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });
});
