import type { Framework, Unit } from "../core/framework/types";
import { buildSummaries } from "../core/summary/buildSummaries";
import { createTrackingWorkbook } from "../core/workbook/createTrackingWorkbook";
import type { PaneServices } from "../taskpane/paneServices";
import { ExcelAdapter, type ExcelRun } from "./excelAdapter";
import { createEntryServices } from "./entryServices";

/**
 * The task pane's workbook services on real (or fake) Excel: every member goes through Excel.run
 * here, so the views stay free of Office code and testable with plain fakes.
 */
export function createExcelServices(plan: { framework: Framework; units: Unit[] }, run?: ExcelRun): PaneServices {
  const adapter = new ExcelAdapter(run);
  const excelRun: ExcelRun = run ?? ((batch) => Excel.run(batch));
  return {
    ...createEntryServices(plan, adapter, excelRun),
    plan,
    createWorkbook: (request) =>
      createTrackingWorkbook(adapter, {
        framework: plan.framework,
        units: plan.units,
        unit: request.unit,
        period: request.period,
        password: request.password,
      }),
    buildSummaries: (options) => buildSummaries(adapter, options),
    selectCell: (sheet, address) =>
      excelRun(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      }),
  };
}
