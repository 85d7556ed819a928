import { activityStatusFormula, targetResultFormula, targetStatusFormula } from "../status";
import { statusColourFormula, statusColours } from "../status/statusColours";
import { COLOUR_GROUPS } from "../status/statusTypes";
import { columnLetters } from "./a1";
import { ACTIVITY_COLUMNS, TARGET_COLUMNS, columnOf, type ActivityColumnKey, type TargetColumnKey } from "./layout";
import type { ConditionalFormatPlan } from "./workbookPlan";

const activityCell = (key: ActivityColumnKey, row: number) =>
  `${columnLetters(columnOf(ACTIVITY_COLUMNS, key))}${row + 1}`;
const targetCell = (key: TargetColumnKey, row: number) => `${columnLetters(columnOf(TARGET_COLUMNS, key))}${row + 1}`;

/** The workbook's defined names the rules read (see layout.ts INFO_NAMES). */
const SHARED = { judgeAll: "DanhGiaMoiDong", asOf: "NgayBaoCao", yearStart: "NgayDauNam", yearEnd: "NgayCuoiNam" };

function targetRefs(row: number) {
  return {
    done: targetCell("done", row),
    total: targetCell("total", row),
    notApplicable: targetCell("notApplicable", row),
    measure: targetCell("measure", row),
    comparator: targetCell("comparator", row),
    target: targetCell("target", row),
    kind: targetCell("kind", row),
    responsibility: targetCell("responsibility", row),
    aggregate: targetCell("aggregate", row),
    ...SHARED,
  };
}

/**
 * The formulas of a row's computed cells, compiled from the status engine's rule definitions (never
 * typed by hand), bound to this workbook's columns and defined names. `row` is 0-based.
 */
export const statusFormulas = {
  activity(row: number): string {
    return activityStatusFormula({
      state: activityCell("state", row),
      doneDate: activityCell("doneDate", row),
      due: activityCell("due", row),
      deadlineKind: activityCell("deadlineKind", row),
      responsibility: activityCell("responsibility", row),
      judgeAll: SHARED.judgeAll,
      asOf: SHARED.asOf,
    });
  },
  targetResult(row: number): string {
    return targetResultFormula(targetRefs(row));
  },
  target(row: number): string {
    return targetStatusFormula({ ...targetRefs(row), result: targetCell("result", row) });
  },
};

/**
 * Conditional formats that colour a whole row from its status cell, one per colour group, so the
 * colours stay live as people type, with or without the add-in. `firstRow` is the range's 0-based first row.
 */
export function rowStatusFormats(range: string, statusCol: number, firstRow: number): ConditionalFormatPlan[] {
  const statusCell = `${columnLetters(statusCol)}${firstRow + 1}`;
  return COLOUR_GROUPS.map((group, i) => ({
    range,
    formula: statusColourFormula(group, statusCell),
    style: { fill: statusColours[group].fill, fontColor: statusColours[group].font },
    priority: i + 1,
    stopIfTrue: true,
  }));
}
