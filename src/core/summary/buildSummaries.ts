/**
 * The "Tổng hợp" use case, with no Office or file code: read the workbook through any adapter, evaluate every
 * status, build the chosen summary sheets and write only those. The task pane (through the Excel writer) and the CLI
 * (exceljs) both run it.
 */
import type { Message } from "../messages/message";
import { noDates, notTrackingWorkbook } from "../messages/summary";
import { evaluateWorkbook } from "../validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import type { WorkbookAdapter } from "../workbook/workbookAdapter";
import { buildSummaryPlan, type SummaryPlanOptions } from "./buildSummaryPlan";
import { SummaryError } from "./summaryError";
import { summaryHeadline, type SummaryHeadline } from "./summaryHeadline";

export interface BuildSummariesOptions extends SummaryPlanOptions {
  /** `YYYY-MM-DD`: evaluate as of this date instead of the workbook's NgayBaoCao (the CLI's `--as-of`). */
  asOf?: string;
  /** Read and count only: write nothing (the pane's preview). */
  previewOnly?: boolean;
}

export interface SummaryResult {
  /** The sheets written, in order; empty for a preview. */
  sheets: string[];
  headline: SummaryHeadline;
  warnings: Message[];
}

/**
 * Reads the workbook, evaluates it, and writes the chosen summary sheets (replacing earlier ones of the same
 * name, leaving every other sheet alone). Throws SummaryError for a workbook that is not a tracking workbook
 * or gives no plan year and as-of date.
 */
export async function buildSummaries(
  adapter: WorkbookAdapter,
  options: BuildSummariesOptions = {},
): Promise<SummaryResult> {
  const snapshot = await adapter.readSnapshot();
  const tracking = readTrackingWorkbook(snapshot);
  if (!tracking.usable) throw new SummaryError(notTrackingWorkbook);
  const evaluation = evaluateWorkbook(tracking, { asOf: options.asOf });
  if (evaluation.context === null || evaluation.asOf === null || evaluation.year === null) {
    throw new SummaryError(noDates);
  }
  const { plan, summary, warnings } = buildSummaryPlan(snapshot, tracking, evaluation, options);
  const write = !options.previewOnly && plan.sheets.length > 0;
  if (write) await adapter.writePlan(plan);
  return {
    sheets: write ? plan.sheets.map((s) => s.name) : [],
    headline: summaryHeadline(summary, tracking.info.asOf),
    warnings,
  };
}
