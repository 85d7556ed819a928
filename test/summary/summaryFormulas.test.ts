/**
 * The summary sheets' formulas, evaluated over randomly filled workbooks whose Đánh giá cells hold the status
 * engine's labels, give the counts a plain reference count gives; so do summarizeWorkbook's lines (the fixed
 * figures a sheet falls back to). LibreOffice checks the same on a real file in libreoffice.test.ts.
 */
import fc from "fast-check";
import { checkSummarySheets } from "./checkSummarySheets";
import { fillArbitrary } from "./randomFill";
import { SummaryFormulaEvaluator } from "./summaryFormulaEvaluator";
import { ACTIVITY_COUNT, TARGET_COUNT, UNITS, calculatedWorkbook } from "./summaryReference";

jest.setTimeout(120_000);

const options = fc.record({
  unit: fc.constantFrom(
    undefined,
    ...UNITS.filter((u) => ["Sở Nội vụ", "Sở Tư pháp", "UBND huyện Đức Thọ"].includes(u.name)),
  ),
  period: fc.constantFrom("2024-Q1", "2024-H1", "2024-Q3", "2024"),
  asOf: fc.option(
    fc
      .integer({ min: 0, max: 420 })
      .map((d) => new Date(Date.UTC(2024, 0, 1) + (d - 30) * 86400000).toISOString().slice(0, 10)),
    {
      nil: undefined,
    },
  ),
});

describe("summary formulas agree with the status engine", () => {
  it("by section, by lead group and by deadline, on random fills, units, periods and as-of dates", () => {
    fc.assert(
      fc.property(fillArbitrary(ACTIVITY_COUNT, TARGET_COUNT), options, (fill, o) => {
        const calc = calculatedWorkbook(fill, o);
        const evaluator = new SummaryFormulaEvaluator(calc.withSummaries);
        checkSummarySheets({ ...calc, sheets: calc.withSummaries.sheets }, (sheet, row, col) =>
          evaluator.cell(sheet, row, col),
        );
      }),
      { numRuns: 12 },
    );
  });
});
