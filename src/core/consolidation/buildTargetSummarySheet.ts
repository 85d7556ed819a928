/**
 * `Tổng hợp chỉ tiêu`: one row for the whole province and one for each level the target concerns, with
 * the target, Σ Thực hiện and Σ Tổng số, the figure, its status (the row is coloured from it, as on the
 * entry sheets), how it was aggregated, how many lead units reported, met and lag, and the lowest and
 * highest figures with the units that gave them.
 */
import { LEVELS, type Comparator, type Level } from "../framework/types";
import { formatMessage } from "../messages/message";
import * as msg from "../messages/consolidation";
import { targetStatusLabels } from "../messages/status";
import { rangeAddress } from "../workbook/a1";
import { rowStatusFormats } from "../workbook/statusFormulas";
import { STYLE } from "../workbook/sheetStyles";
import type { PlanCell, SheetPlan } from "../workbook/workbookPlan";
import {
  CONSOLIDATION_FIRST_ROW,
  CONSOLIDATION_SHEET,
  TARGET_SUMMARY_COLUMNS,
  columnIndexOf,
  type TargetSummaryKey,
} from "./consolidationLayout";
import type { ConsolidationResult, ScopeFigure, TargetConsolidation } from "./consolidationResult";
import { finishSheet, joinNames, numberCell, styleColumn, textCell, titledSheet } from "./consolidationSheetParts";

const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  atLeast: "≥",
  moreThan: ">",
  atMost: "≤",
  lessThan: "<",
  exactly: "=",
  between: "từ … đến",
};

/** The note on a target's province row: the lead unit's own note, or the lagging units and their notes. */
function provinceNote(t: TargetConsolidation): string {
  if (t.holder !== null) {
    if (!t.holderSubmitted) return formatMessage(msg.holderMissing, { unit: t.holder }).vi;
    return t.units.find((u) => u.unit === t.holder)?.note ?? "";
  }
  const lagging = t.units.filter((u) => u.leads && u.status === "lagging" && !u.excluded);
  if (lagging.length === 0) return "";
  const named = lagging.map((u) => (u.note === "" ? u.unit : `${u.unit}: ${u.note}`));
  return `${targetStatusLabels.lagging.vi}: ${joinNames(named, 10)}`;
}

function scopeRow(t: TargetConsolidation, scope: Level | "all", figure: ScopeFigure, note: string): PlanCell[] {
  const target = t.target;
  const values: Record<TargetSummaryKey, PlanCell> = {
    id: textCell(target.id),
    text: textCell(target.text),
    scope: textCell(msg.scopeLabels[scope].vi),
    unitLabel: textCell(target.measure === "percent" ? "%" : target.unitLabel),
    comparator: textCell(
      target.comparator === "between"
        ? `từ ${target.value} đến ${target.max ?? ""}`
        : COMPARATOR_SYMBOL[target.comparator],
    ),
    target: numberCell(figure.target),
    numerator: numberCell(figure.numerator),
    denominator: numberCell(figure.denominator),
    value: numberCell(figure.value),
    status: textCell(targetStatusLabels[figure.status].vi),
    method: textCell(msg.methodLabels[figure.method].vi),
    expected: numberCell(figure.expected),
    reported: numberCell(figure.reported),
    met: numberCell(figure.met),
    lagging: numberCell(figure.lagging),
    notApplicable: numberCell(figure.notApplicable),
    min: numberCell(figure.min?.value),
    minUnits: textCell(figure.min ? joinNames(figure.min.units, 5) : ""),
    max: numberCell(figure.max?.value),
    maxUnits: textCell(figure.max ? joinNames(figure.max.units, 5) : ""),
    note: textCell(note),
  };
  return TARGET_SUMMARY_COLUMNS.map((c) => values[c.key]);
}

/** Builds the `Tổng hợp chỉ tiêu` sheet from a consolidation result. */
export function buildTargetSummarySheet(result: ConsolidationResult, subtitle: string): SheetPlan {
  const columns = TARGET_SUMMARY_COLUMNS;
  const width = columns.length;
  const sheet = titledSheet(
    CONSOLIDATION_SHEET.targets,
    "#385723",
    `TỔNG HỢP CHỈ TIÊU CCHC NĂM ${result.framework.year}`,
    subtitle,
    columns,
    3,
  );
  const rows: PlanCell[][] = [];
  const provinceRows: number[] = [];
  const percentRows: number[] = [];
  for (const t of result.targets) {
    const first = CONSOLIDATION_FIRST_ROW + rows.length;
    provinceRows.push(first);
    rows.push(scopeRow(t, "all", t.province, provinceNote(t)));
    for (const level of LEVELS) {
      const figure = t.byLevel[level];
      if (figure) rows.push(scopeRow(t, level, figure, ""));
    }
    if (t.target.measure === "percent") {
      for (let r = first; r < CONSOLIDATION_FIRST_ROW + rows.length; r++) percentRows.push(r);
    }
  }
  if (rows.length > 0) sheet.blocks.push({ row: CONSOLIDATION_FIRST_ROW, col: 0, cells: rows });
  finishSheet(sheet, width, rows.length);
  const col = (key: TargetSummaryKey) => columnIndexOf(columns, key);
  for (const key of [
    "target",
    "numerator",
    "denominator",
    "expected",
    "reported",
    "met",
    "lagging",
    "notApplicable",
  ] as const) {
    styleColumn(sheet, col(key), rows.length, STYLE.number);
  }
  for (const key of ["value", "min", "max"] as const) styleColumn(sheet, col(key), rows.length, STYLE.number);
  for (const r of percentRows) {
    for (const key of ["value", "min", "max"] as const) {
      sheet.styles.push({ range: rangeAddress(r, col(key), 1, 1), style: STYLE.result });
    }
  }
  styleColumn(sheet, col("status"), rows.length, STYLE.computed);
  for (const r of provinceRows) sheet.styles.push({ range: rangeAddress(r, 0, 1, width), style: { bold: true } });
  if (rows.length > 0) {
    sheet.conditionalFormats.push(
      ...rowStatusFormats(
        rangeAddress(CONSOLIDATION_FIRST_ROW, 0, rows.length, width),
        col("status"),
        CONSOLIDATION_FIRST_ROW,
      ),
    );
  }
  return sheet;
}
