/**
 * The consolidated data as a whole-plan tracking workbook (no unit: every row judged): `Chỉ tiêu` holds the
 * province's Σ Thực hiện and Σ Tổng số (so its own Kết quả and Đánh giá formulas show the provincial figure
 * and status), `Khung nhiệm vụ` the province's state of each activity. The summary sheets count over these
 * sheets exactly as they do in any tracking workbook, and the file can be reopened and rechecked.
 */
import type { Framework, Unit } from "../framework/types";
import { formatMessage } from "../messages/message";
import * as msg from "../messages/consolidation";
import { buildWorkbookPlan, type WorkbookIndex } from "../workbook/buildWorkbookPlan";
import {
  ACTIVITY_COLUMNS,
  SHEET,
  TARGET_COLUMNS,
  columnOf,
  type ActivityColumnKey,
  type TargetColumnKey,
} from "../workbook/layout";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../workbook/workbookPlan";
import type { ActivityConsolidation, ConsolidationResult, TargetConsolidation } from "./consolidationResult";
import { joinNames } from "./consolidationSheetParts";

function setCell(sheet: SheetPlan, row: number, col: number, cell: PlanCell): void {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.cells.length && c >= 0 && c < block.cells[r].length) {
      block.cells[r][c] = cell;
      return;
    }
  }
  sheet.blocks.push({ row, col, cells: [[cell]] });
}

function targetNote(t: TargetConsolidation): string {
  const p = t.province;
  if (t.holder !== null) {
    if (!t.holderSubmitted) return formatMessage(msg.holderMissing, { unit: t.holder }).vi;
    return t.units.find((u) => u.unit === t.holder)?.note ?? "";
  }
  if (p.method === "mean") return formatMessage(msg.meanNote, { count: p.reported }).vi;
  if (p.reported > 0) return formatMessage(msg.ratioNote, { count: p.reported }).vi;
  return "";
}

function activityNote(a: ActivityConsolidation): string {
  if (a.lead) return a.lead.submitted ? a.lead.note : formatMessage(msg.holderMissing, { unit: a.lead.unit }).vi;
  if (a.leading === 0) return "";
  return formatMessage(msg.activityRollupNote, {
    done: a.counts.done + a.counts.done_late,
    leading: a.leading,
    overdue: a.overdueUnits.length === 0 ? "0" : joinNames(a.overdueUnits, 10),
  }).vi;
}

/**
 * The whole-plan tracking workbook of the consolidated period, filled with the provincial figures, or null
 * when no period was consolidated. `framework` must be the one the result was consolidated against.
 */
export function buildConsolidatedTracking(
  result: ConsolidationResult,
  framework: Framework,
  units: Unit[],
): (WorkbookPlan & { index: WorkbookIndex }) | null {
  if (result.period === null || result.asOf === null) return null;
  const plan = buildWorkbookPlan({ framework, units, period: result.period.code, asOf: result.asOf });
  const targets = plan.sheets.find((s) => s.name === SHEET.targets);
  const activities = plan.sheets.find((s) => s.name === SHEET.activities);
  const t = (key: TargetColumnKey) => columnOf(TARGET_COLUMNS, key);
  const a = (key: ActivityColumnKey) => columnOf(ACTIVITY_COLUMNS, key);
  if (targets) {
    for (const target of result.targets) {
      const row = plan.index.targetRows.get(target.target.id);
      if (row === undefined) continue;
      const { entered } = target.province;
      setCell(targets, row, t("done"), { value: entered.done });
      setCell(targets, row, t("total"), { value: entered.total });
      setCell(targets, row, t("note"), { value: targetNote(target) });
    }
  }
  if (activities) {
    for (const activity of result.activities) {
      const row = plan.index.activityRows.get(activity.activity.id);
      if (row === undefined) continue;
      setCell(activities, row, a("state"), { value: activity.rollup.state });
      setCell(activities, row, a("doneDate"), { value: activity.rollup.doneDate });
      setCell(activities, row, a("evidence"), { value: activity.lead?.evidence ?? "" });
      setCell(activities, row, a("note"), { value: activityNote(activity) });
    }
  }
  return { ...plan, sheets: plan.sheets.filter((s) => s.name !== SHEET.guide) };
}
