/**
 * Derives the snapshot a reader would return right after a plan was written, without any workbook:
 * the in-memory adapter reads through it, and tests use it as the expected side of a round trip.
 */
import { parseRangeAddress } from "./a1";
import { normalizeRef } from "./normalizePlan";
import type { SheetPlan, WorkbookPlan } from "./workbookPlan";
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "./workbookSnapshot";

/** Number formats a reader leaves out, because they say nothing about the value. */
const GENERAL_FORMAT = "General";

function sheetToSnapshot(sheet: SheetPlan): SheetSnapshot {
  const values = new Map<string, SnapshotCell>();
  let lastRow = -1;
  let lastCol = -1;
  for (const block of sheet.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const at = `${block.row + r}:${block.col + c}`;
        // A formula's value is unknown until a spreadsheet calculates it; an empty string is an empty cell.
        if (cell.formula !== undefined) values.set(at, { value: null, formula: cell.formula });
        else if (cell.value === undefined || cell.value === null || cell.value === "") values.delete(at);
        else values.set(at, { value: cell.value });
      }),
    );
  }
  for (const key of values.keys()) {
    const [r, c] = key.split(":").map(Number);
    lastRow = Math.max(lastRow, r);
    lastCol = Math.max(lastCol, c);
  }
  const formats = new Map<string, string>();
  for (const styled of sheet.styles) {
    if (styled.style.numberFormat === undefined) continue;
    const { row, col, rowCount, colCount } = parseRangeAddress(styled.range.replace(/\$/g, ""));
    for (let r = row; r < Math.min(row + rowCount, lastRow + 1); r++) {
      for (let c = col; c < Math.min(col + colCount, lastCol + 1); c++)
        formats.set(`${r}:${c}`, styled.style.numberFormat);
    }
  }
  const rows: SnapshotCell[][] = [];
  for (let r = 0; r <= lastRow; r++) {
    const row: SnapshotCell[] = [];
    for (let c = 0; c <= lastCol; c++) {
      const cell: SnapshotCell = { ...(values.get(`${r}:${c}`) ?? { value: null }) };
      const format = formats.get(`${r}:${c}`);
      if (format !== undefined && format !== GENERAL_FORMAT) cell.numberFormat = format;
      row.push(cell);
    }
    rows.push(row);
  }
  return { name: sheet.name, rows };
}

/**
 * The snapshot of a freshly written plan: dense rows from A1 to the last cell holding a value or
 * formula, formulas uncalculated (value null), number formats from the merged styles, names as
 * `'Sheet'!$A$1`.
 */
export function planToSnapshot(plan: WorkbookPlan): WorkbookSnapshot {
  return {
    sheets: plan.sheets.map(sheetToSnapshot),
    names: Object.fromEntries(plan.names.map((name) => [name.name, normalizeRef(name.ref)])),
  };
}
