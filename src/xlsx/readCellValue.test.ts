import ExcelJS from "exceljs";
import { readCellValue } from "./readCellValue";

// An empty-text result is not kept: exceljs writes no cached value for it, so it reads back as blank.
describe("readCellValue", () => {
  it.each([
    ["1-1", 0],
    ["1=2", false],
    ["2+3", 5],
  ])("keeps the cached result of =%s after a save and load, falsy or not", async (formula, result) => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("S").getCell("A1").value = { formula, result } as ExcelJS.CellFormulaValue;
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await book.xlsx.writeBuffer()) as ArrayBuffer);
    expect(readCellValue(loaded.getWorksheet("S")!.getCell("A1"), false)).toEqual({
      value: result,
      formula: `=${formula}`,
    });
  });
});
