/**
 * One row as the entry form shows it: the typed row from the tracking reading, its current status from
 * the status engine (what the row's `Đánh giá` formula shows once calculated), and the form's fields.
 */
import type { ActivityStatus, TargetStatus } from "../status/statusTypes";
import { evaluateWorkbook } from "../validation/evaluateWorkbook";
import type { ActivityRow, TargetRow, TrackingWorkbook } from "../validation/trackingWorkbook";
import { entryFormOf } from "./entryFormOf";
import type { EntryForm, SheetRow } from "./entryTypes";

interface ModelBase {
  /** The reading the row comes from: its `Thông tin` gives the as-of date and plan year the checks use. */
  tracking: TrackingWorkbook;
  sheet: string;
  /** The fields as the row holds them now. */
  form: EntryForm;
}

export type EntryRowModel =
  | (ModelBase & { kind: "activity"; row: ActivityRow; status: ActivityStatus | null })
  | (ModelBase & { kind: "target"; row: TargetRow; status: TargetStatus | null });

/** The workbook reduced to one row, so the engine and the checks run on that row alone. */
export function singleRowWorkbook(
  tracking: TrackingWorkbook,
  row: { kind: "activity"; row: ActivityRow } | { kind: "target"; row: TargetRow },
): TrackingWorkbook {
  return row.kind === "activity"
    ? { ...tracking, activities: [row.row], targets: [], problems: [] }
    : { ...tracking, activities: [], targets: [row.row], problems: [] };
}

function sameSheet(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

/**
 * The model of the item row at `at` (a row of `Khung nhiệm vụ` or `Chỉ tiêu` that carries an ID), or
 * null for any other row: a header, a section heading, another sheet.
 */
export function entryRowModel(tracking: TrackingWorkbook, at: SheetRow): EntryRowModel | null {
  const activitiesSheet = tracking.sheets.activities?.name;
  if (sameSheet(activitiesSheet, at.sheet)) {
    const row = tracking.activities.find((r) => r.row === at.row);
    if (!row || activitiesSheet === undefined) return null;
    const evaluation = evaluateWorkbook(singleRowWorkbook(tracking, { kind: "activity", row }));
    return {
      kind: "activity",
      tracking,
      sheet: activitiesSheet,
      row,
      status: evaluation.activities[0]?.status ?? null,
      form: entryFormOf({ kind: "activity", row }),
    };
  }
  const targetsSheet = tracking.sheets.targets?.name;
  if (sameSheet(targetsSheet, at.sheet)) {
    const row = tracking.targets.find((r) => r.row === at.row);
    if (!row || targetsSheet === undefined) return null;
    const evaluation = evaluateWorkbook(singleRowWorkbook(tracking, { kind: "target", row }));
    return {
      kind: "target",
      tracking,
      sheet: targetsSheet,
      row,
      status: evaluation.targets[0]?.status ?? null,
      form: entryFormOf({ kind: "target", row }),
    };
  }
  return null;
}
