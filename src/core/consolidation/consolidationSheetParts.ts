/**
 * The house style every consolidation sheet shares (the same as the entry sheets): a title band over a
 * one-row header, Times New Roman, thin grid, frozen header, AutoFilter, A4 landscape with the header
 * repeated on every printed page and page numbers in the footer. No merged cells: titles use Center
 * Across Selection.
 */
import { rangeAddress } from "../workbook/a1";
import { STYLE } from "../workbook/sheetStyles";
import { emptySheet, type CellStyle, type PlanCell, type SheetPlan } from "../workbook/workbookPlan";
import { CONSOLIDATION_FIRST_ROW, CONSOLIDATION_HEADER_ROW } from "./consolidationLayout";

/** A text cell: always text, even when it starts with `=` (writers keep plan strings as text). */
export function textCell(value: string | null | undefined): PlanCell {
  return { value: value ?? "" };
}

/** A number cell, or an empty one for null. */
export function numberCell(value: number | null | undefined): PlanCell {
  return { value: value ?? null };
}

/** A sheet with its title band, header row and column widths. */
export function titledSheet(
  name: string,
  tabColor: string,
  title: string,
  subtitle: string,
  columns: { header: string; width: number }[],
  frozenColumns: number,
): SheetPlan {
  const sheet = emptySheet(name);
  sheet.tabColor = tabColor;
  const width = columns.length;
  sheet.blocks.push({ row: 0, col: 0, cells: [[textCell(title)], [textCell(subtitle)]] });
  sheet.blocks.push({ row: CONSOLIDATION_HEADER_ROW, col: 0, cells: [columns.map((c) => textCell(c.header))] });
  sheet.styles.push(
    { range: rangeAddress(0, 0, 1, width), style: STYLE.title },
    { range: rangeAddress(1, 0, 1, width), style: STYLE.subtitle },
    { range: rangeAddress(CONSOLIDATION_HEADER_ROW, 0, 1, width), style: STYLE.header },
  );
  sheet.rowHeights.push({ row: 0, height: 24 }, { row: 1, height: 18 }, { row: CONSOLIDATION_HEADER_ROW, height: 45 });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.freeze = { rows: CONSOLIDATION_HEADER_ROW + 1, columns: frozenColumns };
  return sheet;
}

/**
 * Base font under everything, a grid over the data, AutoFilter on the header, and print setup. `rows`
 * is the number of data rows (at least one row is kept under the header so the filter has a range).
 */
export function finishSheet(sheet: SheetPlan, width: number, rows: number): void {
  const dataRows = Math.max(rows, 1);
  sheet.styles.unshift({ range: rangeAddress(0, 0, CONSOLIDATION_FIRST_ROW + dataRows, width), style: STYLE.base });
  if (rows > 0) sheet.styles.push({ range: rangeAddress(CONSOLIDATION_FIRST_ROW, 0, rows, width), style: STYLE.grid });
  sheet.autoFilter = { range: rangeAddress(CONSOLIDATION_HEADER_ROW, 0, dataRows + 1, width) };
  sheet.print = {
    orientation: "landscape",
    paperSize: "A4",
    printTitleRows: `$${CONSOLIDATION_HEADER_ROW + 1}:$${CONSOLIDATION_HEADER_ROW + 1}`,
    fitToWidth: true,
    margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
    centerFooter: "Trang &P/&N",
  };
}

/** Styles one column over the data rows. */
export function styleColumn(sheet: SheetPlan, col: number, rows: number, style: CellStyle): void {
  if (rows > 0) sheet.styles.push({ range: rangeAddress(CONSOLIDATION_FIRST_ROW, col, rows, 1), style });
}

/** Names joined for a cell, at most `limit` of them, with the count of the rest. */
export function joinNames(names: string[], limit = 15): string {
  const shown = names.slice(0, limit).join("; ");
  return names.length > limit ? `${shown}; … (+${names.length - limit})` : shown;
}
