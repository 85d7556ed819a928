import { planToSnapshot } from "./planToSnapshot";
import { emptySheet, type WorkbookPlan } from "./workbookPlan";

describe("planToSnapshot", () => {
  it("gives dense rows from A1 to the last value, formulas uncalculated, formats from styles", () => {
    const sheet = emptySheet("Chỉ tiêu");
    sheet.blocks.push({
      row: 1,
      col: 1,
      cells: [
        [{ value: "=1+1" }, { formula: "=B2" }],
        [{ value: 45365 }, {}],
      ],
    });
    sheet.blocks.push({ row: 5, col: 0, cells: [[{ value: "" }, { value: null }]] });
    sheet.styles.push({ range: "B3:D10", style: { numberFormat: "dd/mm/yyyy" } });
    sheet.styles.push({ range: "C2", style: { numberFormat: "General", bold: true } });
    const plan: WorkbookPlan = { formatVersion: "1.0", sheets: [sheet], names: [{ name: "X", ref: "Sheet1!B2" }] };
    expect(planToSnapshot(plan)).toEqual({
      sheets: [
        {
          name: "Chỉ tiêu",
          rows: [
            [{ value: null }, { value: null }, { value: null }],
            [{ value: null }, { value: "=1+1" }, { value: null, formula: "=B2" }],
            [
              { value: null },
              { value: 45365, numberFormat: "dd/mm/yyyy" },
              { value: null, numberFormat: "dd/mm/yyyy" },
            ],
          ],
        },
      ],
      names: { X: "'Sheet1'!$B$2" },
    });
  });

  it("lets a later block overwrite and empty an earlier block's cell", () => {
    const sheet = emptySheet("A");
    sheet.blocks.push({ row: 0, col: 0, cells: [[{ value: 1 }, { value: 2 }]] });
    sheet.blocks.push({ row: 0, col: 1, cells: [[{ value: null }]] });
    expect(planToSnapshot({ formatVersion: "", sheets: [sheet], names: [] }).sheets[0].rows).toEqual([[{ value: 1 }]]);
  });

  it("gives an empty sheet no rows", () => {
    expect(planToSnapshot({ formatVersion: "", sheets: [emptySheet("A")], names: [] }).sheets[0].rows).toEqual([]);
  });
});
