/**
 * The Nhập liệu and Kiểm tra views' workbook services on real (or fake) Excel: read the workbook and
 * single rows, write a row's entry cells, follow the selection, and validate the whole workbook.
 *
 * Writing needs to know where the entry columns are, which readers find by header text. Every read here
 * (the workbook, a row, a validation) remembers each entry sheet's header positions, so that a write
 * costs exactly one sync; only a write with nothing read before reads the header rows first. Columns can
 * only move between a read and a write if someone unprotects the sheet meanwhile, and Excel itself refuses
 * writes into the locked framework columns of a protected sheet.
 */
import type { Framework, Unit } from "../core/framework/types";
import { EntryError } from "../core/entry/entryError";
import type { EntryKind, EntryValues, SheetRow } from "../core/entry/entryTypes";
import { entryWrites } from "../core/entry/entryWrites";
import { formatMessage } from "../core/messages/message";
import * as excelMessages from "../core/messages/excel";
import * as msg from "../core/messages/entryView";
import { matchKey } from "../core/text/matchKey";
import { readTrackingWorkbook } from "../core/validation/readTrackingWorkbook";
import type { TrackingWorkbook } from "../core/validation/trackingWorkbook";
import { validateWorkbook } from "../core/validation/validateWorkbook";
import { findTable } from "../core/workbook/findTable";
import { ACTIVITY_COLUMNS, SHEET, TARGET_COLUMNS } from "../core/workbook/layout";
import type { SheetSnapshot, SnapshotCell, SnapshotValue } from "../core/workbook/workbookSnapshot";
import type { PaneServices } from "../taskpane/paneServices";
import { excelCellInput } from "./excelCellInput";
import type { ExcelAdapter, ExcelRun } from "./excelAdapter";
import { ExcelError } from "./excelError";

/** Rows searched for the header row, as findTable does. */
const HEADER_SEARCH_ROWS = 10;

/** Where an entry sheet's columns are. */
interface SheetLayout {
  kind: EntryKind;
  headerRow: number;
  columns: Partial<Record<string, number>>;
}

export type EntryServices = Required<
  Pick<PaneServices, "readEntryWorkbook" | "readEntryRow" | "writeEntry" | "onSelectionChange" | "validate">
>;

/** A cell as ExcelAdapter.readSnapshot reads it: error values by code, formulas kept, General format left out. */
function snapshotCell(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown): SnapshotCell {
  let cellValue: SnapshotValue;
  if (valueType === "Error") cellValue = { error: String(value) };
  else if (valueType === "Empty" || value === "" || value === null || value === undefined) cellValue = null;
  else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") cellValue = value;
  else cellValue = String(value);
  const cell: SnapshotCell = { value: cellValue };
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) cell.formula = formula;
  if (typeof numberFormat === "string" && numberFormat !== "General") cell.numberFormat = numberFormat;
  return cell;
}

/** The loaded rows of a range as dense snapshot rows from column A (and from row 1 when `fromTop`). */
function denseRows(range: Excel.Range, fromTop: boolean): SnapshotCell[][] {
  if (range.isNullObject) return [];
  const { rowIndex, columnIndex, values, formulas, numberFormat, valueTypes } = range;
  const rows: SnapshotCell[][] = fromTop ? Array.from({ length: rowIndex }, () => []) : [];
  for (let r = 0; r < values.length; r++) {
    const row: SnapshotCell[] = Array.from({ length: columnIndex }, () => ({ value: null }));
    for (let c = 0; c < values[r].length; c++) {
      row.push(snapshotCell(values[r][c], formulas[r][c], numberFormat[r][c], valueTypes[r][c]));
    }
    rows.push(row);
  }
  return rows;
}

function kindOfSheet(name: string): EntryKind | null {
  const key = matchKey(name);
  if (key === matchKey(SHEET.activities)) return "activity";
  if (key === matchKey(SHEET.targets)) return "target";
  return null;
}

function layoutFromHeader(name: string, rows: SnapshotCell[][]): SheetLayout | null {
  const kind = kindOfSheet(name);
  if (kind === null) return null;
  const sheet: SheetSnapshot = { name, rows };
  const table =
    kind === "activity"
      ? findTable(sheet, ACTIVITY_COLUMNS, HEADER_SEARCH_ROWS)
      : findTable(sheet, TARGET_COLUMNS, HEADER_SEARCH_ROWS);
  return table ? { kind, headerRow: table.headerRow, columns: { ...table.columns } } : null;
}

/**
 * The entry and check services over an ExcelAdapter and an Excel.run. `plan` is the framework and units
 * validation compares the workbook with.
 */
export function createEntryServices(
  plan: { framework: Framework; units: Unit[] },
  adapter: ExcelAdapter,
  run: ExcelRun,
): EntryServices {
  const layouts = new Map<string, SheetLayout>();

  function remember(tracking: TrackingWorkbook): void {
    const { activities, targets } = tracking.sheets;
    if (activities) layouts.set(activities.name.toLowerCase(), { kind: "activity", ...activities });
    if (targets) layouts.set(targets.name.toLowerCase(), { kind: "target", ...targets });
  }

  /** Queues a load of the used part of the header rows; after the sync, `layout()` reads it. */
  function queueHeaderRead(worksheet: Excel.Worksheet, name: string): { layout: () => SheetLayout | null } {
    const header = worksheet.getRange(`1:${HEADER_SEARCH_ROWS}`).getUsedRangeOrNullObject(true);
    header.load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes");
    return {
      layout: () => {
        const found = layoutFromHeader(name, denseRows(header, true));
        if (found) layouts.set(name.toLowerCase(), found);
        else layouts.delete(name.toLowerCase());
        return found;
      },
    };
  }

  async function readLayout(sheet: string): Promise<SheetLayout | null> {
    try {
      return await run(async (context) => {
        const read = queueHeaderRead(context.workbook.worksheets.getItem(sheet), sheet);
        await context.sync();
        return read.layout();
      });
    } catch (error) {
      throw new ExcelError(excelMessages.readFailed, error);
    }
  }

  const listeners = new Set<(selection: SheetRow) => void>();
  let registration: Promise<void> | null = null;

  /** Reports the active cell to every listener; a selection Excel cannot describe (e.g. a chart) is skipped. */
  async function reportSelection(): Promise<void> {
    if (listeners.size === 0) return;
    let selection: SheetRow;
    try {
      selection = await run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load("rowIndex,worksheet/name");
        await context.sync();
        return { sheet: cell.worksheet.name, row: cell.rowIndex };
      });
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener(selection);
  }

  /** One workbook-level handler for the pane's lifetime, registered when the first listener arrives. */
  function ensureRegistered(): void {
    registration ??= run(async (context) => {
      context.workbook.onSelectionChanged.add(reportSelection);
      await context.sync();
    }).catch(() => {
      // Without selection events the form still opens rows from its list; try again on the next subscription.
      registration = null;
    });
  }

  return {
    async readEntryWorkbook() {
      const snapshot = await adapter.readSnapshot();
      remember(readTrackingWorkbook(snapshot));
      return snapshot;
    },

    async readEntryRow(sheet, row) {
      try {
        return await run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          const header = queueHeaderRead(worksheet, sheet);
          const used = worksheet.getRange(`${row + 1}:${row + 1}`).getUsedRangeOrNullObject(true);
          used.load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes");
          await context.sync();
          header.layout();
          return denseRows(used, false)[0] ?? [];
        });
      } catch (error) {
        throw new ExcelError(excelMessages.readFailed, error);
      }
    },

    async writeEntry(sheet, row, values: EntryValues) {
      const layout = layouts.get(sheet.toLowerCase()) ?? (await readLayout(sheet));
      if (!layout) throw new EntryError(formatMessage(msg.writeNotEntrySheet, { sheet }));
      if (row <= layout.headerRow) {
        throw new EntryError(formatMessage(msg.writeRowNotData, { sheet, row: row + 1, header: layout.headerRow + 1 }));
      }
      const writes = entryWrites(layout.kind, sheet, layout.columns, values);
      if (writes.length === 0) return;
      try {
        await run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          // Text goes in with Excel's apostrophe where it could be misread, as the workbook writer does, so
          // `=HYPERLINK(…)` typed as a note stays a note; numbers and date serials go in as numbers.
          for (const write of writes) {
            worksheet.getCell(row, write.col).formulas = [[excelCellInput({ value: write.value })]];
          }
          await context.sync();
        });
      } catch (error) {
        throw new ExcelError(msg.writeFailed, error);
      }
    },

    onSelectionChange(listener) {
      listeners.add(listener);
      ensureRegistered();
      return () => {
        listeners.delete(listener);
      };
    },

    async validate() {
      const snapshot = await adapter.readSnapshot();
      const result = validateWorkbook(snapshot, { framework: plan.framework, units: plan.units });
      remember(result.workbook);
      return { findings: result.findings, evaluation: result.evaluation };
    },
  };
}
