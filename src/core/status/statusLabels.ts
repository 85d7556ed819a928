/**
 * Code ↔ label tables of the statuses, and the colour group of each. The formulas write the
 * Vietnamese label; the TypeScript engine returns the code; these tables translate between them.
 */
import type { Message } from "../messages/message";
import { activityStatusLabels, targetStatusLabels } from "../messages/status";
import {
  ACTIVITY_STATUSES,
  TARGET_STATUSES,
  type ActivityStatus,
  type ColourGroup,
  type TargetStatus,
} from "./statusTypes";

/**
 * Colour group of each target status. `invalid` is purple: a data-entry problem to correct, not a
 * judgement of performance, so it must not read as "behind". `on_track` is green: cumulative progress
 * at or above the expected share of the target is fine.
 */
export const targetStatusColour: Readonly<Record<TargetStatus, ColourGroup>> = {
  met: "green",
  on_track: "green",
  at_risk: "amber",
  lagging: "red",
  no_data: "grey",
  not_applicable: "grey",
  invalid: "purple",
  not_assessed: "grey",
};

/**
 * Colour group of each activity status. `in_progress` and `ongoing` are blue (active, nothing to act
 * on); `not_started` is grey while the due date is more than 30 days away (it turns amber as due_soon).
 */
export const activityStatusColour: Readonly<Record<ActivityStatus, ColourGroup>> = {
  done: "green",
  done_late: "amber",
  in_progress: "blue",
  due_soon: "amber",
  overdue: "red",
  not_started: "grey",
  ongoing: "blue",
  conditional: "grey",
  not_assessed: "grey",
};

/** The label a status shows in the workbook (Vietnamese) or the pane/CLI (either language). */
export function targetStatusLabel(status: TargetStatus): Message {
  return targetStatusLabels[status];
}
export function activityStatusLabel(status: ActivityStatus): Message {
  return activityStatusLabels[status];
}

const targetByLabel = new Map<string, TargetStatus>(TARGET_STATUSES.map((s) => [targetStatusLabels[s].vi, s]));
const activityByLabel = new Map<string, ActivityStatus>(ACTIVITY_STATUSES.map((s) => [activityStatusLabels[s].vi, s]));

/** The status code of a Vietnamese label read from a `Đánh giá` cell; undefined for anything else. */
export function targetStatusFromLabel(label: string): TargetStatus | undefined {
  return targetByLabel.get(label);
}
export function activityStatusFromLabel(label: string): ActivityStatus | undefined {
  return activityByLabel.get(label);
}

/** The Vietnamese labels of every status, target and activity, in one colour group (each label once). */
export function labelsOfColourGroup(group: ColourGroup): string[] {
  const labels = [
    ...TARGET_STATUSES.filter((s) => targetStatusColour[s] === group).map((s) => targetStatusLabels[s].vi),
    ...ACTIVITY_STATUSES.filter((s) => activityStatusColour[s] === group).map((s) => activityStatusLabels[s].vi),
  ];
  return [...new Set(labels)];
}
