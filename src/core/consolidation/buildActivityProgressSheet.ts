/**
 * `Tiến độ nhiệm vụ`: one row per activity, with how many lead units reported it in each status, the
 * province's overall status (the row is coloured from it), the single lead unit's own status, evidence
 * and note where the activity has one, and the units that are overdue.
 */
import { isoToSerial } from "../dates/excelDate";
import { formatMessage } from "../messages/message";
import * as msg from "../messages/consolidation";
import { activityStatusLabels } from "../messages/status";
import { rangeAddress } from "../workbook/a1";
import { rowStatusFormats } from "../workbook/statusFormulas";
import { STYLE } from "../workbook/sheetStyles";
import type { PlanCell, SheetPlan } from "../workbook/workbookPlan";
import {
  ACTIVITY_PROGRESS_COLUMNS,
  CONSOLIDATION_FIRST_ROW,
  CONSOLIDATION_SHEET,
  columnIndexOf,
  type ActivityProgressKey,
} from "./consolidationLayout";
import type { ActivityConsolidation, ConsolidationResult } from "./consolidationResult";
import { finishSheet, joinNames, numberCell, styleColumn, textCell, titledSheet } from "./consolidationSheetParts";

const COUNTED = [
  "done",
  "done_late",
  "in_progress",
  "due_soon",
  "overdue",
  "not_started",
  "ongoing",
  "conditional",
] as const;

function leadStatusText(a: ActivityConsolidation): string {
  if (!a.lead) return "";
  if (!a.lead.submitted) return formatMessage(msg.holderMissing, { unit: a.lead.unit }).vi;
  return a.lead.status === null ? "" : activityStatusLabels[a.lead.status].vi;
}

function row(a: ActivityConsolidation): PlanCell[] {
  const activity = a.activity;
  const values: Partial<Record<ActivityProgressKey, PlanCell>> = {
    id: textCell(activity.id),
    activity: textCell(activity.text),
    lead: textCell(activity.lead),
    deadline: textCell(activity.deadline.text),
    due: activity.deadline.due === null ? textCell("") : numberCell(isoToSerial(activity.deadline.due)),
    expected: numberCell(a.expected),
    leading: numberCell(a.leading),
    invalid: numberCell(a.invalid),
    overall: textCell(activityStatusLabels[a.rollup.status].vi),
    leadStatus: textCell(leadStatusText(a)),
    evidence: textCell(a.lead?.evidence ?? ""),
    note: textCell(a.lead?.note ?? ""),
    overdueUnits: textCell(joinNames(a.overdueUnits, 20)),
  };
  for (const status of COUNTED) values[status] = numberCell(a.counts[status]);
  return ACTIVITY_PROGRESS_COLUMNS.map((c) => values[c.key] ?? textCell(""));
}

/** Builds the `Tiến độ nhiệm vụ` sheet from a consolidation result. */
export function buildActivityProgressSheet(result: ConsolidationResult, subtitle: string): SheetPlan {
  const columns = ACTIVITY_PROGRESS_COLUMNS;
  const width = columns.length;
  const sheet = titledSheet(
    CONSOLIDATION_SHEET.activities,
    "#1F4E79",
    `TIẾN ĐỘ NHIỆM VỤ CCHC NĂM ${result.framework.year}`,
    subtitle,
    columns,
    2,
  );
  const rows = result.activities.map(row);
  if (rows.length > 0) sheet.blocks.push({ row: CONSOLIDATION_FIRST_ROW, col: 0, cells: rows });
  finishSheet(sheet, width, rows.length);
  const col = (key: ActivityProgressKey) => columnIndexOf(columns, key);
  styleColumn(sheet, col("due"), rows.length, STYLE.date);
  for (const key of ["expected", "leading", ...COUNTED, "invalid"] as const) {
    styleColumn(sheet, col(key), rows.length, { horizontalAlignment: "center" });
  }
  styleColumn(sheet, col("overall"), rows.length, STYLE.computed);
  if (rows.length > 0) {
    sheet.conditionalFormats.push(
      ...rowStatusFormats(
        rangeAddress(CONSOLIDATION_FIRST_ROW, 0, rows.length, width),
        col("overall"),
        CONSOLIDATION_FIRST_ROW,
      ),
    );
  }
  return sheet;
}
