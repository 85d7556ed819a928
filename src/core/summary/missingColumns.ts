/** Names what a summary sheet's formulas need and the workbook lacks, for the sheet's note and the warnings. */
import {
  ACTIVITY_COLUMNS,
  SHEET,
  TARGET_COLUMNS,
  type ActivityColumnKey,
  type TargetColumnKey,
} from "../workbook/layout";
import { AS_OF_NAME } from "./summarySheetParts";
import type { SummaryInputs } from "./summaryInputs";

/** `Khung nhiệm vụ!Mã lĩnh vực`, `Chỉ tiêu!Đánh giá`, `NgayBaoCao`…: each needed column or name that is missing. */
export function missingColumns(
  inputs: SummaryInputs,
  activityKeys: readonly ActivityColumnKey[],
  targetKeys: readonly TargetColumnKey[],
  needsAsOf: boolean,
): string[] {
  const missing: string[] = [];
  for (const key of activityKeys) {
    if (inputs.activityRanges?.has(key)) continue;
    missing.push(`${SHEET.activities}!${ACTIVITY_COLUMNS.find((c) => c.key === key)?.header ?? key}`);
  }
  for (const key of targetKeys) {
    if (inputs.targetRanges?.has(key)) continue;
    missing.push(`${SHEET.targets}!${TARGET_COLUMNS.find((c) => c.key === key)?.header ?? key}`);
  }
  if (needsAsOf && !inputs.hasAsOfName) missing.push(AS_OF_NAME);
  return missing;
}
