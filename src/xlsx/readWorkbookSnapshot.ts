/**
 * Reads an exceljs workbook into a WorkbookSnapshot: every sheet as dense rows from A1 to the last cell
 * holding a value or formula, and the workbook-scope defined names.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "../core/workbook/workbookSnapshot";
import { normalizeRef } from "../core/workbook/normalizePlan";
import { readCellValue } from "./readCellValue";

const GENERAL = "General";

function readSheet(ws: Worksheet, date1904: boolean): SheetSnapshot {
  const found = new Map<number, Map<number, SnapshotCell>>();
  let lastRow = -1;
  let lastCol = -1;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells = new Map<number, SnapshotCell>();
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const reading = readCellValue(cell, date1904);
      const snapshot: SnapshotCell = { value: reading.value };
      if (reading.formula !== undefined) snapshot.formula = reading.formula;
      const format = cell.numFmt;
      if (typeof format === "string" && format !== "" && format !== GENERAL) snapshot.numberFormat = format;
      cells.set(colNumber - 1, snapshot);
      if (reading.value !== null || reading.formula !== undefined) {
        lastRow = Math.max(lastRow, rowNumber - 1);
        lastCol = Math.max(lastCol, colNumber - 1);
      }
    });
    found.set(rowNumber - 1, cells);
  });
  const rows: SnapshotCell[][] = [];
  for (let r = 0; r <= lastRow; r++) {
    const cells = found.get(r);
    const row: SnapshotCell[] = [];
    for (let c = 0; c <= lastCol; c++) row.push(cells?.get(c) ?? { value: null });
    rows.push(row);
  }
  return { name: ws.name, rows };
}

/** Workbook-scope names → `'Sheet'!$A$1` (several areas joined by commas); Excel's own `_xlnm.` names left out. */
export function readDefinedNames(wb: Workbook): Record<string, string> {
  const names: Record<string, string> = {};
  for (const { name, ranges } of wb.definedNames.model) {
    if (name.startsWith("_xlnm.") || ranges.length === 0) continue;
    names[name] = ranges.map(normalizeRef).join(",");
  }
  return names;
}

/** The snapshot of an exceljs workbook, sheets in workbook order. */
export function readWorkbookSnapshot(wb: Workbook): WorkbookSnapshot {
  const date1904 = Boolean(wb.properties.date1904);
  return { sheets: wb.worksheets.map((ws) => readSheet(ws, date1904)), names: readDefinedNames(wb) };
}
