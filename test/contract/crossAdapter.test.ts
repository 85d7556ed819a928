/**
 * The same plan through the two real writers, compared cell by cell: the .xlsx file (written by exceljs,
 * saved and reopened) and the open workbook (written through Office.js, on the fake) must hold the same
 * values, formulas, formats, data validation and conditional formats.
 */
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import { buildWorkbookPlan } from "../../src/core/workbook/buildWorkbookPlan";
import type { WorkbookAdapter } from "../../src/core/workbook/workbookAdapter";
import type { WorkbookPlan } from "../../src/core/workbook/workbookPlan";
import { ExcelAdapter } from "../../src/excel/excelAdapter";
import { createFakeExcel } from "../../src/excel/fake";
import { samplePlan } from "../fixtures/samplePlan";
import { syntheticPlan } from "../fixtures/syntheticPlan";
import { cellsByAddress, comparable, type CellReport } from "./comparable";
import { XlsxRoundTrip } from "./xlsxRoundTrip";

interface CellDifference {
  sheet: string;
  address: string;
  xlsx: CellReport | undefined;
  excel: CellReport | undefined;
}

async function describeThrough(adapter: WorkbookAdapter, plan: WorkbookPlan): Promise<WorkbookPlan> {
  await adapter.writePlan(plan);
  return adapter.describe();
}

/** Every cell on which the two descriptions disagree, in any of value, formula, style or validation. */
function cellDifferences(plan: WorkbookPlan, xlsx: WorkbookPlan, excel: WorkbookPlan): CellDifference[] {
  const names = plan.sheets.map((sheet) => sheet.name);
  const left = comparable(xlsx, names).sheets;
  const right = comparable(excel, names).sheets;
  const differences: CellDifference[] = [];
  left.forEach((sheet, index) => {
    const a = cellsByAddress({ ...sheet, columns: [], rowHeights: [] });
    const b = cellsByAddress({ ...right[index], columns: [], rowHeights: [] });
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      if (JSON.stringify(a.get(address)) !== JSON.stringify(b.get(address))) {
        differences.push({ sheet: sheet.name, address, xlsx: a.get(address), excel: b.get(address) });
      }
    }
  });
  return differences;
}

describe.each([
  ["the sample plan", samplePlan],
  ["a 300-row synthetic plan", () => syntheticPlan(300)],
  [
    "the real Hà Tĩnh 2024 whole-plan workbook",
    () => buildWorkbookPlan({ framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS, period: "2024-Q1" }),
  ],
])("exceljs (.xlsx round trip) and Office.js (fake) agree on %s", (_, makePlan) => {
  let plan: WorkbookPlan;
  let xlsx: WorkbookPlan;
  let excel: WorkbookPlan;
  beforeAll(async () => {
    plan = makePlan();
    xlsx = await describeThrough(new XlsxRoundTrip(), plan);
    excel = await describeThrough(new ExcelAdapter(createFakeExcel().Excel.run), plan);
  });

  it("both describe the plan itself", () => {
    const names = plan.sheets.map((sheet) => sheet.name);
    expect(comparable(excel, names)).toEqual(comparable(plan));
    expect(comparable(xlsx, names)).toEqual(comparable(plan));
  });

  it("cell by cell: values, formulas, formats and data validation", () => {
    expect(cellDifferences(plan, xlsx, excel)).toEqual([]);
  });

  it("conditional formats and data bars", () => {
    const names = plan.sheets.map((sheet) => sheet.name);
    const formats = (described: WorkbookPlan): unknown =>
      comparable(described, names).sheets.map((sheet) => [sheet.name, sheet.conditionalFormats, sheet.dataBars]);
    expect(formats(excel)).toEqual(formats(xlsx));
  });

  it("sheet settings: widths, heights, freeze panes, tables, filters, protection, print setup, names", () => {
    const names = plan.sheets.map((sheet) => sheet.name);
    const settings = (described: WorkbookPlan): unknown => {
      const { sheets, names: definedNames } = comparable(described, names);
      return {
        sheets: sheets.map(
          ({ blocks: _b, styles: _s, validations: _v, conditionalFormats: _c, dataBars: _d, ...rest }) => rest,
        ),
        definedNames,
      };
    };
    expect(settings(excel)).toEqual(settings(xlsx));
  });
});
