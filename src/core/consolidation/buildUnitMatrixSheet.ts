/**
 * `Chi tiết theo đơn vị`: one row per unit that submitted (by level, in units-list order), one column
 * per target, each cell holding the unit's figure and coloured by its status against the unit's level
 * target. Không phát sinh shows as `KPS`, a figure left out for an error as `Lỗi`; rows a unit does not
 * lead are grey. Colours are fixed fills (the status is not in the cell), set in vertical runs.
 */
import { targetStatusColour } from "../status/statusLabels";
import { statusColours } from "../status/statusColours";
import type { ColourGroup } from "../status/statusTypes";
import { rangeAddress } from "../workbook/a1";
import { LEVEL_LABELS } from "../workbook/layout";
import { STYLE } from "../workbook/sheetStyles";
import type { PlanCell, SheetPlan } from "../workbook/workbookPlan";
import {
  CONSOLIDATION_FIRST_ROW,
  CONSOLIDATION_SHEET,
  MATRIX_COLUMNS,
  MATRIX_MARKS,
  MATRIX_TARGET_WIDTH,
} from "./consolidationLayout";
import type { ConsolidationResult, UnitTargetFigure } from "./consolidationResult";
import { finishSheet, numberCell, styleColumn, textCell, titledSheet } from "./consolidationSheetParts";

function figureCell(f: UnitTargetFigure): PlanCell {
  if (f.excluded || f.status === "invalid") return textCell(MATRIX_MARKS.invalid);
  if (f.status === "not_applicable") return textCell(MATRIX_MARKS.notApplicable);
  return numberCell(f.value);
}

/** The colour a cell is filled with: its status's, grey where the unit does not lead; none when empty and not led. */
function colourOf(f: UnitTargetFigure): ColourGroup | null {
  if (!f.leads) return f.value === null ? null : "grey";
  return targetStatusColour[f.status];
}

/** Builds the `Chi tiết theo đơn vị` sheet from a consolidation result. */
export function buildUnitMatrixSheet(result: ConsolidationResult, subtitle: string): SheetPlan {
  const targets = result.targets;
  const columns = [
    ...MATRIX_COLUMNS,
    ...targets.map((t) => ({
      header: t.target.measure === "percent" ? `${t.target.id} (%)` : t.target.id,
      width: MATRIX_TARGET_WIDTH,
    })),
  ];
  const width = columns.length;
  const sheet = titledSheet(
    CONSOLIDATION_SHEET.matrix,
    "#2F5597",
    `CHI TIẾT CHỈ TIÊU THEO ĐƠN VỊ NĂM ${result.framework.year}`,
    subtitle,
    columns,
    1,
  );
  const rows: PlanCell[][] = result.included.map((s, i) => [
    textCell(s.unit),
    textCell(LEVEL_LABELS[s.level]),
    textCell(s.file),
    ...targets.map((t) => figureCell(t.units[i])),
  ]);
  if (rows.length > 0) sheet.blocks.push({ row: CONSOLIDATION_FIRST_ROW, col: 0, cells: rows });
  finishSheet(sheet, width, rows.length);
  targets.forEach((t, j) => {
    const col = MATRIX_COLUMNS.length + j;
    styleColumn(sheet, col, rows.length, t.target.measure === "percent" ? STYLE.result : STYLE.number);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      const current = colourOf(t.units[start]);
      if (i < rows.length && colourOf(t.units[i]) === current) continue;
      if (current !== null) {
        const colour = statusColours[current];
        sheet.styles.push({
          range: rangeAddress(CONSOLIDATION_FIRST_ROW + start, col, i - start, 1),
          style: { fill: colour.fill, fontColor: colour.font },
        });
      }
      start = i;
    }
  });
  return sheet;
}
