/**
 * The summary sheets of a filled tracking workbook as a WorkbookPlan holding only those sheets, so that
 * writing it (through either writer) replaces the summaries and touches nothing else.
 */
import { formatMessage, type Message } from "../messages/message";
import { staticCells } from "../messages/summary";
import type { WorkbookEvaluation } from "../validation/evaluateWorkbook";
import type { TrackingWorkbook } from "../validation/trackingWorkbook";
import { WORKBOOK_FORMAT_VERSION } from "../workbook/layout";
import type { SheetPlan, WorkbookPlan } from "../workbook/workbookPlan";
import type { WorkbookSnapshot } from "../workbook/workbookSnapshot";
import { buildDeadlineSummary } from "./buildDeadlineSummary";
import { buildLeadSummary } from "./buildLeadSummary";
import { buildReportSheet } from "./buildReportSheet";
import { buildSectionSummary, type BuiltSummarySheet } from "./buildSectionSummary";
import { provinceOf, reportHeading } from "./reportHeading";
import type { WorkbookSummary } from "./summarizeWorkbook";
import { summaryInputs } from "./summaryInputs";
import { SUMMARY_KINDS, type SummaryKind } from "./summaryLayout";

export interface SummaryPlanOptions {
  /** Which sheets to build, in this order; default all four. */
  kinds?: readonly SummaryKind[];
  /** The province named in the report's header; default: read from the framework title in the workbook. */
  province?: string;
}

export interface SummaryPlan {
  plan: WorkbookPlan;
  summary: WorkbookSummary;
  /** Sheets where some counts are fixed figures because the workbook lacks a column. */
  warnings: Message[];
}

/**
 * Builds the chosen summary sheets from a workbook snapshot, its reading and its evaluation. Throws
 * SummaryContextError when the evaluation has no as-of date.
 */
export function buildSummaryPlan(
  snapshot: WorkbookSnapshot,
  tracking: TrackingWorkbook,
  evaluation: WorkbookEvaluation,
  options: SummaryPlanOptions = {},
): SummaryPlan {
  const inputs = summaryInputs(snapshot, tracking, evaluation);
  const chosen = new Set(options.kinds ?? SUMMARY_KINDS);
  const sheets: SheetPlan[] = [];
  const warnings: Message[] = [];
  const add = (built: BuiltSummarySheet) => {
    sheets.push(built.sheet);
    if (built.missing.length > 0) {
      warnings.push(formatMessage(staticCells, { sheet: built.sheet.name, columns: built.missing.join(", ") }));
    }
  };
  for (const kind of SUMMARY_KINDS) {
    if (!chosen.has(kind)) continue;
    if (kind === "section") add(buildSectionSummary(inputs));
    if (kind === "lead") add(buildLeadSummary(inputs));
    if (kind === "deadline") add(buildDeadlineSummary(inputs));
    if (kind === "report") {
      const heading = reportHeading(tracking.info, tracking.units, options.province ?? provinceOf(snapshot));
      sheets.push(buildReportSheet(inputs, heading));
    }
  }
  return { plan: { formatVersion: WORKBOOK_FORMAT_VERSION, sheets, names: [] }, summary: inputs.summary, warnings };
}
