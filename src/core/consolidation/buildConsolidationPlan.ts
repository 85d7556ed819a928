/**
 * The consolidated provincial workbook as a WorkbookPlan, which either writer (exceljs, the Excel API)
 * produces: the five consolidation sheets, then the summary sheets computed over the consolidated data,
 * then that data itself as a whole-plan tracking workbook (`Thông tin`, `Khung nhiệm vụ`, `Chỉ tiêu`,
 * `Danh mục đơn vị`), which the summaries' formulas count over.
 */
import { isoToSerial } from "../dates/excelDate";
import type { Framework, Unit } from "../framework/types";
import { buildSummaryPlan } from "../summary/buildSummaryPlan";
import { showDate } from "../validation/checkEntryCell";
import { evaluateWorkbook } from "../validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { WORKBOOK_FORMAT_VERSION } from "../workbook/layout";
import { planToSnapshot } from "../workbook/planToSnapshot";
import type { SheetPlan, WorkbookPlan } from "../workbook/workbookPlan";
import { buildActivityProgressSheet } from "./buildActivityProgressSheet";
import { buildConsolidatedTracking } from "./buildConsolidatedTracking";
import { buildConsolidationLogSheet } from "./buildConsolidationLogSheet";
import { buildMissingUnitsSheet } from "./buildMissingUnitsSheet";
import { buildTargetSummarySheet } from "./buildTargetSummarySheet";
import { buildUnitMatrixSheet } from "./buildUnitMatrixSheet";
import type { ConsolidationResult } from "./consolidationResult";

/** Vietnam's offset from UTC, in minutes: the default for the times in the log. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

export interface ConsolidationPlanOptions {
  /** The framework the result was consolidated against. */
  framework: Framework;
  /** The expected units list (written as `Danh mục đơn vị`). */
  units: Unit[];
  /** Minutes east of UTC for the files' modified times in the log; default +7 h (Vietnam). */
  utcOffsetMinutes?: number;
  /** Add the summary sheets (default true; they need the data sheets, so `includeData: false` leaves them out too). */
  summaries?: boolean;
  /**
   * Add the consolidated data as a whole-plan tracking workbook (default true). Leave it out to write the five
   * consolidation sheets into a workbook that already has its own `Thông tin`, `Khung nhiệm vụ`, `Chỉ tiêu` and
   * `Danh mục đơn vị` (writing a plan replaces sheets of the same name).
   */
  includeData?: boolean;
}

/** The subtitle every consolidation sheet carries: period, as-of date, and how many units are in. */
export function consolidationSubtitle(result: ConsolidationResult): string {
  const parts: string[] = [];
  if (result.period) parts.push(result.period.label.vi);
  if (result.asOf) parts.push(`số liệu đến ngày ${showDate(isoToSerial(result.asOf))}`);
  parts.push(`${result.included.length}/${result.expectedUnits} đơn vị đã nộp`);
  parts.push(result.framework.title);
  return parts.join(" — ");
}

/** Builds the whole output workbook of a consolidation. */
export function buildConsolidationPlan(result: ConsolidationResult, options: ConsolidationPlanOptions): WorkbookPlan {
  const subtitle = consolidationSubtitle(result);
  const sheets: SheetPlan[] = [
    buildTargetSummarySheet(result, subtitle),
    buildUnitMatrixSheet(result, subtitle),
    buildActivityProgressSheet(result, subtitle),
    buildMissingUnitsSheet(result, subtitle),
    buildConsolidationLogSheet(result, subtitle, options.utcOffsetMinutes ?? VIETNAM_UTC_OFFSET_MINUTES),
  ];
  const tracking =
    options.includeData === false ? null : buildConsolidatedTracking(result, options.framework, options.units);
  if (!tracking) return { formatVersion: WORKBOOK_FORMAT_VERSION, sheets, names: [] };
  if (options.summaries ?? true) {
    const snapshot = planToSnapshot(tracking);
    const read = readTrackingWorkbook(snapshot);
    const summary = buildSummaryPlan(snapshot, read, evaluateWorkbook(read));
    sheets.push(...summary.plan.sheets);
  }
  sheets.push(...tracking.sheets);
  return { formatVersion: WORKBOOK_FORMAT_VERSION, sheets, names: tracking.names };
}
