/**
 * `Đơn vị chưa nộp`: the expected units with no usable return, by level in units-list order, noting a
 * file of theirs that was rejected (another period, for instance) so the coordinator knows whom to call.
 */
import { bilingual, formatMessage } from "../messages/message";
import * as msg from "../messages/consolidation";
import { matchKey } from "../text/matchKey";
import { LEVEL_LABELS } from "../workbook/layout";
import type { PlanCell, SheetPlan } from "../workbook/workbookPlan";
import { CONSOLIDATION_FIRST_ROW, CONSOLIDATION_SHEET, MISSING_COLUMNS } from "./consolidationLayout";
import type { ConsolidationResult } from "./consolidationResult";
import { finishSheet, textCell, titledSheet } from "./consolidationSheetParts";

/** Builds the `Đơn vị chưa nộp` sheet from a consolidation result. */
export function buildMissingUnitsSheet(result: ConsolidationResult, subtitle: string): SheetPlan {
  const columns = MISSING_COLUMNS;
  const sheet = titledSheet(
    CONSOLIDATION_SHEET.missing,
    "#C00000",
    `ĐƠN VỊ CHƯA NỘP BÁO CÁO (${result.missing.length}/${result.expectedUnits})`,
    subtitle,
    columns,
    1,
  );
  const rows: PlanCell[][] = result.missing.map((unit) => {
    const rejected = result.rejected.filter((r) => r.unit !== null && matchKey(r.unit) === matchKey(unit.name));
    const note =
      rejected.length === 0
        ? msg.missingNoFile.vi
        : rejected
            .map(
              (r) =>
                formatMessage(msg.missingRejectedFile, {
                  file: r.file,
                  reason: bilingual(msg.rejectReasonLabels[r.reason]),
                }).vi,
            )
            .join("; ");
    return [textCell(unit.name), textCell(LEVEL_LABELS[unit.level]), textCell(note)];
  });
  if (rows.length > 0) sheet.blocks.push({ row: CONSOLIDATION_FIRST_ROW, col: 0, cells: rows });
  finishSheet(sheet, columns.length, rows.length);
  sheet.print = sheet.print && { ...sheet.print, orientation: "portrait" };
  return sheet;
}
