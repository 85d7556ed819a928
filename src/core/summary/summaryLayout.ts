/**
 * The summary sheets' names and kinds (workbook format: docs/workbook-format.md, "Summary sheets"). Rebuilding
 * replaces exactly these sheets and nothing else.
 */
import type { ActivityStatus, TargetStatus } from "../status/statusTypes";

export const SUMMARY_SHEET = {
  section: "Tổng hợp theo lĩnh vực",
  lead: "Tổng hợp theo cơ quan chủ trì",
  deadline: "Tổng hợp theo thời hạn",
  report: "Báo cáo",
} as const;

/** Which summary: by section, by lead agency, by deadline, or the printable report. */
export type SummaryKind = keyof typeof SUMMARY_SHEET;
export const SUMMARY_KINDS: readonly SummaryKind[] = ["section", "lead", "deadline", "report"];

/** Target statuses a summary counts, in column order; `not_assessed` rows are left out of every count. */
export const SUMMARY_TARGET_STATUSES = [
  "met",
  "on_track",
  "at_risk",
  "lagging",
  "no_data",
  "not_applicable",
  "invalid",
] as const satisfies readonly TargetStatus[];

/** Activity statuses a summary counts, in column order. */
export const SUMMARY_ACTIVITY_STATUSES = [
  "done",
  "done_late",
  "in_progress",
  "due_soon",
  "overdue",
  "not_started",
  "ongoing",
  "conditional",
] as const satisfies readonly ActivityStatus[];

/** The statuses that count as done among the activities that are due. */
export const DONE_ACTIVITY_STATUSES = ["done", "done_late"] as const satisfies readonly ActivityStatus[];

/** Tab colours: the summaries in one colour, the printable report in another. */
export const SUMMARY_TAB_COLOR = "#7030A0";
export const REPORT_TAB_COLOR = "#C00000";
