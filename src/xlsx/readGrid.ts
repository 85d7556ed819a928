/**
 * Reads a worksheet of an .xlsx file into the grid the appendix reader takes, so that a table pasted
 * from Word into Excel, or kept in Excel, is read like the plan's text.
 */
import ExcelJS from "exceljs";
import { formatMessage, type Message } from "../core/messages/message";
import { gridNoSheets, gridSheetNotFound, gridXlsxUnreadable } from "../core/messages/framework";
import { findHeader } from "../core/framework/findHeader";
import type { Grid, GridRow } from "../core/framework/grid";

export interface ReadGridOptions {
  /** The sheet to read; by default the first sheet that holds the appendix's header, else the first sheet. */
  sheet?: string;
  /** The file's name, for messages. */
  fileName?: string;
}

export type ReadGridResult = { ok: true; grid: Grid } | { ok: false; message: Message };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Returns a cell value's text as a person sees it: rich text flattened, formulas by their result, dates as dd/mm/yyyy. */
export function cellValueText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return cellValueText(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return cellValueText(value.result as ExcelJS.CellValue);
  // Error values (#N/A, …) carry no text of the plan.
  return "";
}

function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const found = new Map<number, string[]>();
  let lastRow = 0;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      // A merged range keeps its text in its top-left cell; the other cells are leftovers, read as empty.
      const leftover = cell.isMerged && cell.master.address !== cell.address;
      cells[colNumber - 1] = leftover ? "" : cellValueText(cell.value);
    });
    const filled = Array.from(cells, (text) => text ?? "");
    while (filled.length > 0 && filled[filled.length - 1] === "") filled.pop();
    found.set(rowNumber, filled);
    if (filled.length > 0) lastRow = Math.max(lastRow, rowNumber);
  });
  const rows: GridRow[] = [];
  for (let line = 1; line <= lastRow; line += 1) rows.push({ line, cells: found.get(line) ?? [] });
  return { kind: "sheet", sheet: sheet.name, rows };
}

/** Reads one worksheet of an .xlsx file (as bytes) into a grid of cell texts. */
export async function readGrid(data: Uint8Array | ArrayBuffer, options: ReadGridOptions = {}): Promise<ReadGridResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    // exceljs's typings name an older Buffer type than @types/node's; the bytes are the same.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: formatMessage(gridXlsxUnreadable, { file: options.fileName ?? "", detail }) };
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) return { ok: false, message: gridNoSheets };
  if (options.sheet !== undefined) {
    const sheet = sheets.find((s) => s.name === options.sheet);
    if (sheet === undefined) {
      return {
        ok: false,
        message: formatMessage(gridSheetNotFound, {
          sheet: options.sheet,
          sheets: sheets.map((s) => s.name).join(", "),
        }),
      };
    }
    return { ok: true, grid: sheetGrid(sheet) };
  }
  const grids = sheets.map(sheetGrid);
  return { ok: true, grid: grids.find((grid) => findHeader(grid.rows) !== undefined) ?? grids[0] };
}
