/**
 * The status codes of targets and activities, their colour groups and the reporting-period kinds.
 * Codes are stable identifiers for code and JSON; the labels staff see are in
 * src/core/messages/status.ts.
 */

/** Statuses of a target row, in the order the rules test them after the entry checks. */
export const TARGET_STATUSES = [
  "met",
  "on_track",
  "at_risk",
  "lagging",
  "no_data",
  "not_applicable",
  "invalid",
  "not_assessed",
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const ACTIVITY_STATUSES = [
  "done",
  "done_late",
  "in_progress",
  "due_soon",
  "overdue",
  "not_started",
  "ongoing",
  "conditional",
  "not_assessed",
] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Colour groups of the conditional formats; every status belongs to exactly one. */
export const COLOUR_GROUPS = ["red", "amber", "green", "blue", "purple", "grey"] as const;
export type ColourGroup = (typeof COLOUR_GROUPS)[number];

/** Reporting periods of the PAR cycle: Quý I, 6 tháng, Quý III, Năm. */
export const PERIOD_KINDS = ["Q1", "H1", "Q3", "Y"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
