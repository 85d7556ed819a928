import ExcelJS from "exceljs";
import { parseFramework } from "../core/framework/parseFramework";
import { HA_TINH_2024_UNITS } from "../core/framework/units";
import { cellValueText, readGrid } from "./readGrid";

const HEADER = [
  "TT",
  "Mục tiêu",
  "Nhiệm vụ",
  "Hoạt động",
  "Kết quả",
  "Chủ trì",
  "Phối hợp",
  "Thời gian hoàn thành",
  "Kinh phí",
];

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet("Ghi chú");
  notes.getCell("A1").value = "Bảng này dán từ Word";
  const sheet = workbook.addWorksheet("Phụ lục");
  sheet.getCell("A1").value = "KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024";
  sheet.getRow(3).values = HEADER;
  sheet.getRow(4).values = ["I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC"];
  sheet.mergeCells("B4:I4");
  sheet.getRow(5).values = [
    1,
    "",
    "2.1. Ban hành Kế hoạch",
    "3.1. Xây dựng dự thảo",
    "Văn bản",
    "Sở Nội vụ",
    "Các sở",
    "Năm 2024",
    "",
  ];
  sheet.getCell("B5").value = { richText: [{ text: "1.1. Nâng cao " }, { text: "chất lượng", font: { bold: true } }] };
  sheet.getRow(6).values = ["", "", "2.2. Tổ chức hội nghị", "3.2. Gửi giấy mời", "Giấy mời"];
  // The lead, partners and deadline are one merged cell over both task rows, as Word pastes them.
  sheet.mergeCells("F5:F6");
  sheet.mergeCells("G5:G6");
  sheet.mergeCells("H5:H6");
  sheet.getCell("E7").value = { formula: '"Báo"&" cáo"', result: "Báo cáo" };
  sheet.getCell("H7").value = new Date(Date.UTC(2024, 2, 31));
  sheet.getCell("I7").value = { text: "Kinh phí", hyperlink: "https://example.org" };
  sheet.getRow(7).getCell(4).value = "3.3. Báo cáo kết quả";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readGrid", () => {
  it("reads the sheet holding the appendix: cell text, rich text flattened, merged leftovers empty, formulas by result", async () => {
    const result = await readGrid(await workbookBytes());
    if (!result.ok) throw new Error(result.message.en);
    const { grid } = result;
    expect([grid.kind, grid.sheet]).toEqual(["sheet", "Phụ lục"]);
    expect(grid.rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(grid.rows[2].cells).toEqual(HEADER);
    expect(grid.rows[3].cells).toEqual(["I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC"]);
    expect(grid.rows[4].cells).toEqual([
      "1",
      "1.1. Nâng cao chất lượng",
      "2.1. Ban hành Kế hoạch",
      "3.1. Xây dựng dự thảo",
      "Văn bản",
      "Sở Nội vụ",
      "Các sở",
      "Năm 2024",
    ]);
    expect(grid.rows[5].cells).toEqual(["", "", "2.2. Tổ chức hội nghị", "3.2. Gửi giấy mời", "Giấy mời"]);
    expect(grid.rows[6].cells).toEqual([
      "",
      "",
      "",
      "3.3. Báo cáo kết quả",
      "Báo cáo",
      "",
      "",
      "31/03/2024",
      "Kinh phí",
    ]);
  });

  it("reads a named sheet, and says which sheets exist when the name is wrong", async () => {
    const bytes = await workbookBytes();
    const notes = await readGrid(bytes, { sheet: "Ghi chú" });
    expect(notes).toMatchObject({
      ok: true,
      grid: { sheet: "Ghi chú", rows: [{ line: 1, cells: ["Bảng này dán từ Word"] }] },
    });
    const missing = await readGrid(bytes, { sheet: "Sheet9" });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message.en).toContain("Ghi chú, Phụ lục");
  });

  it("refuses bytes that are no .xlsx, naming the file", async () => {
    const result = await readGrid(new TextEncoder().encode("TT\tMục tiêu"), { fileName: "bang.xlsx" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.vi).toContain("bang.xlsx");
  });

  it("round-trips into the parser: merged cells over two task rows are read as the row above's", async () => {
    const result = await readGrid(await workbookBytes());
    if (!result.ok) throw new Error(result.message.en);
    const parsed = parseFramework({ grid: result.grid }, { units: HA_TINH_2024_UNITS });
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    const tasks = parsed.framework.sections[0].objectives[0].tasks;
    // Row 7 starts activity 3.3 of task 2.2 with its own deadline; its empty lead continues the task's.
    expect(tasks.map((t) => [t.id, t.activities.map((a) => [a.id, a.lead, a.deadline.due])])).toEqual([
      ["I.1:2.1", [["I:3.1", "Sở Nội vụ", "2024-12-31"]]],
      [
        "I.1:2.2",
        [
          ["I:3.2", "Sở Nội vụ", "2024-12-31"],
          ["I:3.3", "Sở Nội vụ", "2024-03-31"],
        ],
      ],
    ]);
    expect(parsed.warnings.find((w) => w.code === "appendix.inheritedAcrossTask")?.location).toEqual({
      line: 6,
      cell: "C6",
      sheet: "Phụ lục",
    });
  });
});

describe("cellValueText", () => {
  it.each<[ExcelJS.CellValue, string]>([
    [null, ""],
    [2.5, "2.5"],
    [true, "TRUE"],
    [{ error: "#N/A" }, ""],
    [{ sharedFormula: "A1", result: 7 }, "7"],
  ])("%j → %j", (value, text) => {
    expect(cellValueText(value)).toBe(text);
  });
});
