import { ACTIVITY_STATUSES, TARGET_STATUSES, type ActivityStatus, type TargetStatus } from "../status/statusTypes";
import type { WorkbookEvaluation } from "../validation/evaluateWorkbook";

export interface StatusCounts {
  /** Activity statuses that occur, in the engine's order, with how many rows have each. */
  activities: { status: ActivityStatus; count: number }[];
  targets: { status: TargetStatus; count: number }[];
}

function count<S extends string>(order: readonly S[], statuses: (S | null)[]): { status: S; count: number }[] {
  return order
    .map((status) => ({ status, count: statuses.filter((s) => s === status).length }))
    .filter((entry) => entry.count > 0);
}

/** How many activities and targets have each status (met, lagging, overdue…), for the check view's summary line. */
export function countStatuses(evaluation: Pick<WorkbookEvaluation, "activities" | "targets">): StatusCounts {
  return {
    activities: count(
      ACTIVITY_STATUSES,
      evaluation.activities.map((a) => a.status),
    ),
    targets: count(
      TARGET_STATUSES,
      evaluation.targets.map((t) => t.status),
    ),
  };
}
