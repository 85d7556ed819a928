/**
 * Test support: a filled workbook "as calculated" (the entry sheets' Đánh giá cells hold the labels the status
 * engine gives) with its summary sheets appended, and plain reference counts written out again here, so that
 * both the summary formulas and summarizeWorkbook can be checked against something they do not share.
 */
import { HA_TINH_2024_FRAMEWORK } from "../../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../src/core/framework/units";
import type { Unit } from "../../src/core/framework/types";
import { activityStatusLabel, targetStatusLabel } from "../../src/core/status/statusLabels";
import type { ActivityStatus, TargetStatus } from "../../src/core/status/statusTypes";
import { buildSummaryPlan, type SummaryPlanOptions } from "../../src/core/summary/buildSummaryPlan";
import { evaluateWorkbook, type WorkbookEvaluation } from "../../src/core/validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../../src/core/validation/readTrackingWorkbook";
import type { TrackingWorkbook } from "../../src/core/validation/trackingWorkbook";
import { buildWorkbookPlan } from "../../src/core/workbook/buildWorkbookPlan";
import { SHEET } from "../../src/core/workbook/layout";
import { planToSnapshot } from "../../src/core/workbook/planToSnapshot";
import type { WorkbookPlan } from "../../src/core/workbook/workbookPlan";
import type { WorkbookSnapshot } from "../../src/core/workbook/workbookSnapshot";
import { applyFill, type Fill } from "./randomFill";

export const FRAMEWORK = HA_TINH_2024_FRAMEWORK;
export const UNITS = HA_TINH_2024_UNITS;
export const ACTIVITY_COUNT = FRAMEWORK.sections.flatMap((s) =>
  s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities)),
).length;
export const TARGET_COUNT = FRAMEWORK.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets)).length;

export interface Calculated {
  snapshot: WorkbookSnapshot;
  tracking: TrackingWorkbook;
  evaluation: WorkbookEvaluation;
  summaryPlan: WorkbookPlan;
  /** The workbook with the summary sheets appended, entry statuses calculated. */
  withSummaries: WorkbookSnapshot;
}

/** A filled workbook's snapshot as if a spreadsheet had calculated the Đánh giá columns. */
export function calculatedWorkbook(
  fill: Fill,
  options: { unit?: Unit; period?: string; asOf?: string; summary?: SummaryPlanOptions } = {},
): Calculated {
  const plan = buildWorkbookPlan({
    framework: FRAMEWORK,
    units: UNITS,
    unit: options.unit,
    period: options.period ?? "2024-H1",
    asOf: options.asOf,
  });
  applyFill(plan, fill);
  const snapshot = planToSnapshot(plan);
  const tracking = readTrackingWorkbook(snapshot);
  const evaluation = evaluateWorkbook(tracking);
  const activities = snapshot.sheets.find((s) => s.name === SHEET.activities);
  const targets = snapshot.sheets.find((s) => s.name === SHEET.targets);
  const aStatus = tracking.sheets.activities?.columns.status ?? -1;
  const tStatus = tracking.sheets.targets?.columns.status ?? -1;
  tracking.activities.forEach((row, i) => {
    const status = evaluation.activities[i].status;
    if (activities && status)
      activities.rows[row.row][aStatus] = { value: activityStatusLabel(status).vi, formula: "=…" };
  });
  tracking.targets.forEach((row, i) => {
    const status = evaluation.targets[i].status;
    if (targets && status) targets.rows[row.row][tStatus] = { value: targetStatusLabel(status).vi, formula: "=…" };
  });
  const { plan: summaryPlan } = buildSummaryPlan(snapshot, tracking, evaluation, options.summary);
  const withSummaries: WorkbookSnapshot = {
    sheets: [...snapshot.sheets, ...planToSnapshot(summaryPlan).sheets],
    names: snapshot.names,
  };
  return { snapshot, tracking, evaluation, summaryPlan, withSummaries };
}

/** Reference counts of one line, by plain loops over the evaluation and the raw cells. */
export interface ReferenceLine {
  targets: Map<TargetStatus, number>;
  activities: Map<ActivityStatus, number>;
  due: number;
  dueDone: number;
}

export function referenceCount(
  calc: Pick<Calculated, "tracking" | "evaluation">,
  keepActivity: (i: number) => boolean,
  keepTarget: (i: number) => boolean,
): ReferenceLine {
  const line: ReferenceLine = { targets: new Map(), activities: new Map(), due: 0, dueDone: 0 };
  const asOf = calc.evaluation.context?.asOf ?? Number.NaN;
  calc.tracking.activities.forEach((row, i) => {
    const status = calc.evaluation.activities[i].status;
    if (!status || !keepActivity(i)) return;
    line.activities.set(status, (line.activities.get(status) ?? 0) + 1);
    const due = row.cells.due.value;
    if (status !== "not_assessed" && typeof due === "number" && due <= asOf) {
      line.due++;
      if (status === "done" || status === "done_late") line.dueDone++;
    }
  });
  calc.tracking.targets.forEach((_, i) => {
    const status = calc.evaluation.targets[i].status;
    if (!status || !keepTarget(i)) return;
    line.targets.set(status, (line.targets.get(status) ?? 0) + 1);
  });
  return line;
}
