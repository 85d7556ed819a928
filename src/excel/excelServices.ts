import type { Framework, Unit } from "../core/framework/types";
import { buildConsolidationPlan } from "../core/consolidation/buildConsolidationPlan";
import { consolidate, ConsolidationCancelledError } from "../core/consolidation/consolidate";
import { matchKey } from "../core/text/matchKey";
import { SHEET } from "../core/workbook/layout";
import { browserSubmissionReader } from "../xlsx/browserSubmissionReader";
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
    consolidate: async (files, request) => {
      const result = await consolidate(files, {
        framework: plan.framework,
        units: plan.units,
        period: request.period,
        read: (bytes, name) => browserSubmissionReader(bytes, name),
        onProgress: request.onProgress,
        signal: request.signal,
      });
      // A cancel that comes while the last file is consolidated still writes nothing.
      if (request.signal?.aborted) throw new ConsolidationCancelledError();
      await adapter.writePlan(
        buildConsolidationPlan(result, { framework: plan.framework, units: plan.units, includeData: false }),
      );
      return result;
    },
    hasTrackingSheets: () =>
      excelRun(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const tracking = new Set([SHEET.activities, SHEET.targets].map(matchKey));
        return sheets.items.some((sheet) => tracking.has(matchKey(sheet.name)));
      }),
    selectCell: (sheet, address) =>
      excelRun(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      }),
  };
}
