/**
 * The derived figures of a summary line, defined once for the sheets' formulas to mirror and for the pane
 * and the report to show: judged totals, the share of targets met and the share of due activities done.
 */
import type { SummaryLine } from "./summarizeWorkbook";
import { SUMMARY_ACTIVITY_STATUSES, SUMMARY_TARGET_STATUSES } from "./summaryLayout";

/** Targets judged on the line: every status but `not_assessed` (the `Tổng số` column). */
export function judgedTargets(line: SummaryLine): number {
  return SUMMARY_TARGET_STATUSES.reduce((sum, s) => sum + line.targets[s], 0);
}

/** Activities judged on the line. */
export function judgedActivities(line: SummaryLine): number {
  return SUMMARY_ACTIVITY_STATUSES.reduce((sum, s) => sum + line.activities[s], 0);
}

/**
 * Targets met ÷ judged targets that apply (not `Không phát sinh`, left out of rollups as the domain
 * requires); null when none applies. Targets with no data or an invalid figure count as not met.
 */
export function metShare(line: SummaryLine): number | null {
  const applicable = judgedTargets(line) - line.targets.not_applicable;
  return applicable === 0 ? null : line.targets.met / applicable;
}

/** Due activities done (on time or late) ÷ due activities; null when nothing is due yet. */
export function dueShare(line: SummaryLine): number | null {
  return line.due === 0 ? null : line.dueDone / line.due;
}
