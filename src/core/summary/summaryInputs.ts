/** What every summary sheet builder reads: the workbook as read and evaluated, its counts, and its ranges. */
import type { WorkbookEvaluation } from "../validation/evaluateWorkbook";
import type { TrackingWorkbook } from "../validation/trackingWorkbook";
import type { WorkbookSnapshot } from "../workbook/workbookSnapshot";
import { summarizeWorkbook, type WorkbookSummary } from "./summarizeWorkbook";
import { EntryRanges, type ActivityRanges, type TargetRanges } from "./summaryFormulas";
import { AS_OF_NAME } from "./summarySheetParts";

export interface SummaryInputs {
  tracking: TrackingWorkbook;
  evaluation: WorkbookEvaluation;
  summary: WorkbookSummary;
  /** Ranges over `Khung nhiệm vụ` / `Chỉ tiêu` data rows; null when the sheet was not found. */
  activityRanges: ActivityRanges | null;
  targetRanges: TargetRanges | null;
  /** True when the workbook defines NgayBaoCao, which the live due-date formulas read. */
  hasAsOfName: boolean;
}

function lastRow(rows: { row: number }[], headerRow: number): number {
  return Math.max(headerRow + 1, ...rows.map((r) => r.row));
}

/** Counts the workbook and locates the ranges the summary formulas count over. */
export function summaryInputs(
  snapshot: WorkbookSnapshot,
  tracking: TrackingWorkbook,
  evaluation: WorkbookEvaluation,
): SummaryInputs {
  const a = tracking.sheets.activities;
  const t = tracking.sheets.targets;
  const hasAsOfName = Object.keys(snapshot.names).some((n) => n.toLowerCase() === AS_OF_NAME.toLowerCase());
  return {
    tracking,
    evaluation,
    summary: summarizeWorkbook(tracking, evaluation),
    activityRanges: a
      ? new EntryRanges(
          a,
          a.headerRow + 1,
          lastRow([...tracking.activities, ...tracking.sections.activities], a.headerRow),
        )
      : null,
    targetRanges: t
      ? new EntryRanges(t, t.headerRow + 1, lastRow([...tracking.targets, ...tracking.sections.targets], t.headerRow))
      : null,
    hasAsOfName,
  };
}
