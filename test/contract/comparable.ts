/**
 * The form in which the contract tests compare workbooks: normalizePlan's canonical plan, plus what the
 * adapters are allowed to differ in and still be the same workbook. Column widths become Excel's pixels
 * (the Office.js adapter reads points, the .xlsx side characters), default row heights and trailing
 * default columns drop out, validations are regrouped (Excel can only be asked cell by cell), and the
 * format version, which lives in the workbook's cells rather than in any API, is left out.
 */
import { cellAddress, parseRangeAddress } from "../../src/core/workbook/a1";
import { columnWidthPixels } from "../../src/core/workbook/columnWidth";
import { groupValidations } from "../../src/core/workbook/groupValidations";
import { normalizePlan } from "../../src/core/workbook/normalizePlan";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../src/core/workbook/workbookPlan";
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../../src/core/workbook/workbookSnapshot";

/** Excel's default column (8.43 characters) in pixels, and default row height in points. */
const DEFAULT_COLUMN_PX = 64;
const DEFAULT_ROW_HEIGHT = 15;

export interface ComparableSheet extends Omit<SheetPlan, "columns" | "rowHeights"> {
  columns: { px: number; hidden: boolean }[];
  rowHeights: { row: number; height: number }[];
}

export interface ComparableWorkbook {
  sheets: ComparableSheet[];
  names: WorkbookPlan["names"];
}

function comparableSheet(sheet: SheetPlan): ComparableSheet {
  const columns = sheet.columns.map((column) => ({
    px: columnWidthPixels(column.width),
    hidden: column.hidden === true,
  }));
  while (
    columns.length > 0 &&
    columns[columns.length - 1].px === DEFAULT_COLUMN_PX &&
    !columns[columns.length - 1].hidden
  ) {
    columns.pop();
  }
  // Excel keeps row heights in whole pixels (0.75 pt).
  const rowHeights = sheet.rowHeights
    .map(({ row, height }) => ({ row, height: Math.round(height / 0.75) * 0.75 }))
    .filter(({ height }) => height !== DEFAULT_ROW_HEIGHT);
  return { ...sheet, columns, rowHeights, validations: groupValidations(sheet.validations) };
}

/**
 * The comparable form of a plan or a description; with `sheetNames`, only those sheets (in that order),
 * so a description of a workbook that held other sheets before compares with the plan written into it.
 */
export function comparable(plan: WorkbookPlan, sheetNames?: string[]): ComparableWorkbook {
  const normal = normalizePlan(plan);
  const byName = new Map(normal.sheets.map((sheet) => [sheet.name, sheet]));
  const sheets = sheetNames
    ? sheetNames.map((name) => byName.get(name)).filter((sheet): sheet is SheetPlan => sheet !== undefined)
    : normal.sheets;
  return { sheets: sheets.map(comparableSheet), names: normal.names };
}

/** One cell as the cross-adapter comparison reports it. */
export interface CellReport {
  value?: PlanCell["value"];
  formula?: string;
  style?: object;
  validation?: object;
}

/** Every cell of a sheet with its content, merged style and validation, by A1 address, for cell-by-cell diffs. */
export function cellsByAddress(sheet: SheetPlan): Map<string, CellReport> {
  const cells = new Map<string, CellReport>();
  const at = (address: string): CellReport => {
    let cell = cells.get(address);
    if (!cell) cells.set(address, (cell = {}));
    return cell;
  };
  const each = (range: string, visit: (address: string) => void): void => {
    const { row, col, rowCount, colCount } = parseRangeAddress(range);
    for (let r = row; r < row + rowCount; r++) {
      for (let c = col; c < col + colCount; c++) visit(cellAddress(r, c));
    }
  };
  for (const block of sheet.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.formula === undefined && cell.value === undefined) return;
        Object.assign(at(cellAddress(block.row + r, block.col + c)), cell);
      }),
    );
  }
  for (const styled of sheet.styles) each(styled.range, (address) => (at(address).style = styled.style));
  for (const validation of sheet.validations) {
    const { range: _range, ...rest } = validation;
    each(validation.range, (address) => (at(address).validation = rest));
  }
  return cells;
}

/** The non-empty cells of a snapshot sheet by A1 address (formulas without their cached value when `ignoreFormulaValues`). */
export function snapshotCells(sheet: SheetSnapshot | undefined, ignoreFormulaValues = true): Map<string, SnapshotCell> {
  const cells = new Map<string, SnapshotCell>();
  sheet?.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value === null && cell.formula === undefined) return;
      const kept: SnapshotCell =
        cell.formula !== undefined && ignoreFormulaValues ? { value: null, formula: cell.formula } : { ...cell };
      if (cell.numberFormat !== undefined) kept.numberFormat = cell.numberFormat;
      cells.set(cellAddress(r, c), kept);
    }),
  );
  return cells;
}

/** The snapshot's sheet of that name. */
export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((sheet) => sheet.name === name);
}
