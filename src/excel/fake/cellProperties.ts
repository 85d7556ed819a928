/**
 * Range.getCellProperties / getColumnProperties / getRowProperties (ExcelApi 1.9), computed from the sheet state
 * at sync: each cell (column, row) gets exactly the properties the load options ask for, as Excel returns them.
 * Modelled: address, hidden, format (font, fill with pattern "None" for no fill, alignment, wrap, indent,
 * orientation, shrink, protection, borders per side), columnIndex/columnHidden/columnWidth, rowIndex/rowHidden/
 * rowHeight. Not modelled: style, hyperlink, textRuns, and cell formats inside column/row properties.
 */
import { formatAddress } from "./address";
import { BorderEdge, FormatKey } from "./cellFormat";
import { officeError } from "./fakeOfficeError";
import { GridRect, cellCount, lastColumn, lastRow } from "./gridRect";
import type { RangeTarget } from "./rangeTarget";
import { FakeSheetState } from "./sheetState";

/** Beyond this many cells the fake refuses, as Excel does for responses over its payload limit. */
const CELL_LIMIT = 1_000_000;

const BORDER_SIDES: Record<string, BorderEdge> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
};

const FONT_KEYS: Record<string, FormatKey> = {
  name: "font.name",
  size: "font.size",
  bold: "font.bold",
  italic: "font.italic",
  color: "font.color",
  underline: "font.underline",
  strikethrough: "font.strikethrough",
};

const FORMAT_KEYS: Record<string, FormatKey> = {
  horizontalAlignment: "horizontalAlignment",
  verticalAlignment: "verticalAlignment",
  wrapText: "wrapText",
  indentLevel: "indentLevel",
  textOrientation: "textOrientation",
  shrinkToFit: "shrinkToFit",
};

function cellFormat(
  sheet: FakeSheetState,
  row: number,
  column: number,
  options: Excel.CellPropertiesFormatLoadOptions,
): Excel.CellPropertiesFormat {
  const out: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(FORMAT_KEYS)) {
    if (options[name as keyof Excel.CellPropertiesFormatLoadOptions] === true)
      out[name] = sheet.format(row, column, key);
  }
  if (options.font) {
    const font: Record<string, unknown> = {};
    for (const [name, key] of Object.entries(FONT_KEYS)) {
      if (options.font[name as keyof Excel.CellPropertiesFontLoadOptions] === true) {
        font[name] = sheet.format(row, column, key);
      }
    }
    out.font = font;
  }
  if (options.fill) {
    const fill = sheet.format(row, column, "fill.color");
    const result: Excel.CellPropertiesFill = {};
    if (options.fill.color) result.color = fill ?? "#FFFFFF";
    if (options.fill.pattern) result.pattern = fill === null ? "None" : "Solid";
    out.fill = result;
  }
  if (options.protection) {
    out.protection = {
      locked: sheet.format(row, column, "protection.locked"),
      formulaHidden: sheet.format(row, column, "protection.formulaHidden"),
    };
  }
  if (options.borders) {
    const borders: Record<string, Excel.CellBorder> = {};
    for (const [side, edge] of Object.entries(BORDER_SIDES)) {
      const border: Excel.CellBorder = {};
      if (options.borders.style)
        border.style = sheet.format(row, column, `border.${edge}.style`) as Excel.CellBorder["style"];
      if (options.borders.weight) {
        border.weight = sheet.format(row, column, `border.${edge}.weight`) as Excel.CellBorder["weight"];
      }
      if (options.borders.color) border.color = sheet.format(row, column, `border.${edge}.color`);
      borders[side] = border;
    }
    out.borders = borders;
  }
  return out as Excel.CellPropertiesFormat;
}

function checkSize(rect: GridRect, location: string): void {
  if (cellCount(rect) > CELL_LIMIT) {
    throw officeError("NotImplemented", location, `[fake-excel] not modelled: more than ${CELL_LIMIT} cells`);
  }
}

/** Range.getCellProperties: a 2D array of the requested properties of every cell. */
export function cellProperties(
  target: RangeTarget,
  options: Excel.CellPropertiesLoadOptions,
  location: string,
): Excel.CellProperties[][] {
  const { sheet, rect } = target;
  checkSize(rect, location);
  const rows: Excel.CellProperties[][] = [];
  for (let row = rect.row; row <= lastRow(rect); row += 1) {
    const line: Excel.CellProperties[] = [];
    for (let column = rect.column; column <= lastColumn(rect); column += 1) {
      const cell: Excel.CellProperties = {};
      const single = { row, column, rowCount: 1, columnCount: 1 };
      if (options.address || options.addressLocal) {
        const address = formatAddress(single, { sheetName: sheet.name, absolute: true });
        if (options.address) cell.address = address;
        if (options.addressLocal) cell.addressLocal = address;
      }
      if (options.hidden) cell.hidden = sheet.hiddenRowSet.has(row) || sheet.hiddenColumnSet.has(column);
      if (options.format) cell.format = cellFormat(sheet, row, column, options.format);
      line.push(cell);
    }
    rows.push(line);
  }
  return rows;
}

/** Range.getColumnProperties: one entry per column of the range. */
export function columnProperties(
  target: RangeTarget,
  options: Excel.ColumnPropertiesLoadOptions,
  location: string,
): Excel.ColumnProperties[] {
  const { sheet, rect } = target;
  checkSize({ ...rect, rowCount: 1 }, location);
  const columns: Excel.ColumnProperties[] = [];
  for (let column = rect.column; column <= lastColumn(rect); column += 1) {
    const entry: Excel.ColumnProperties = {};
    if (options.columnIndex) entry.columnIndex = column;
    if (options.columnHidden) entry.columnHidden = sheet.hiddenColumnSet.has(column);
    if (options.address) {
      entry.address = formatAddress({ ...rect, column, columnCount: 1 }, { sheetName: sheet.name, absolute: true });
    }
    if (options.format?.columnWidth) entry.format = { columnWidth: sheet.columnWidth(column) };
    columns.push(entry);
  }
  return columns;
}

/** Range.getRowProperties: one entry per row of the range. */
export function rowProperties(
  target: RangeTarget,
  options: Excel.RowPropertiesLoadOptions,
  location: string,
): Excel.RowProperties[] {
  const { sheet, rect } = target;
  checkSize({ ...rect, columnCount: 1 }, location);
  const rows: Excel.RowProperties[] = [];
  for (let row = rect.row; row <= lastRow(rect); row += 1) {
    const entry: Excel.RowProperties = {};
    if (options.rowIndex) entry.rowIndex = row;
    if (options.rowHidden) entry.rowHidden = sheet.hiddenRowSet.has(row);
    if (options.address) {
      entry.address = formatAddress({ ...rect, row, rowCount: 1 }, { sheetName: sheet.name, absolute: true });
    }
    if (options.format?.rowHeight) entry.format = { rowHeight: sheet.rowHeight(row + 1) };
    rows.push(entry);
  }
  return rows;
}
