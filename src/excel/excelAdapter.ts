/**
 * The WorkbookAdapter for the workbook open in Excel, through Office.js.
 *
 * Every method runs one Excel.run batch with a fixed number of context.sync() calls, whatever the size
 * of the plan: writePlan syncs twice (read the sheet and name lists; write everything), readSnapshot
 * twice, describe three times. Cells go out as one 2D `formulas` write per block.
 *
 * Replacing a sheet deletes it and adds a new one in its place (same position; new sheets go at the end):
 * formulas in sheets outside the plan that pointed at the old sheet turn into #REF!, as they would if a
 * user deleted the sheet. Office.js batches are not transactions: if Excel refuses an operation half-way,
 * what came before it stays written, and writing the plan again (idempotent) completes the workbook.
 */
import * as excelMessages from "../core/messages/excel";
import { normalizeRef } from "../core/workbook/normalizePlan";
import { assertWritablePlan } from "../core/workbook/planProblems";
import type { WorkbookAdapter } from "../core/workbook/workbookAdapter";
import type { WorkbookPlan } from "../core/workbook/workbookPlan";
import type { SheetSnapshot, SnapshotCell, SnapshotValue, WorkbookSnapshot } from "../core/workbook/workbookSnapshot";
import { describeWorkbook } from "./describeWorkbook";
import { ExcelError } from "./excelError";
import { queueSheetPlan } from "./queueSheetPlan";

/** Excel.run, narrowed to the one overload the adapter uses, so tests can pass the fake's run. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** A sheet name that is not in use, to park a sheet under while its replacement is added. */
function parkingName(taken: Set<string>): string {
  let n = 1;
  while (taken.has(`~par-old-${n}`)) n++;
  const name = `~par-old-${n}`;
  taken.add(name);
  return name;
}

/** `'Thông tin'!$B$6` → its sheet and address; null for a reference that is not one sheet range. */
function splitRef(ref: string): { sheet: string; address: string } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(ref.trim());
  if (!match) return null;
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], address: match[3] };
}

function snapshotCell(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown): SnapshotCell {
  let cellValue: SnapshotValue;
  if (valueType === "Error") cellValue = { error: String(value) };
  else if (valueType === "Empty" || value === "" || value === null || value === undefined) cellValue = null;
  else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") cellValue = value;
  else cellValue = String(value);
  const cell: SnapshotCell = { value: cellValue };
  // A text cell such as "=1+1" may read back as its own "formula"; a real formula never equals its value
  // (except the pathological `=A1` over a cell holding the text "=A1").
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) cell.formula = formula;
  if (typeof numberFormat === "string" && numberFormat !== "General") cell.numberFormat = numberFormat;
  return cell;
}

/** Pads a used range that starts below or right of A1 into dense rows from A1, as the snapshot contract says. */
function sheetSnapshot(name: string, used: Excel.Range): SheetSnapshot {
  if (used.isNullObject) return { name, rows: [] };
  const { rowIndex, columnIndex, values, formulas, numberFormat, valueTypes } = used;
  const rows: SnapshotCell[][] = [];
  for (let r = 0; r < rowIndex + used.rowCount; r++) {
    const row: SnapshotCell[] = [];
    for (let c = 0; c < columnIndex + used.columnCount; c++) {
      const [ur, uc] = [r - rowIndex, c - columnIndex];
      row.push(
        ur >= 0 && uc >= 0
          ? snapshotCell(values[ur][uc], formulas[ur][uc], numberFormat[ur][uc], valueTypes[ur][uc])
          : { value: null },
      );
    }
    rows.push(row);
  }
  return { name, rows };
}

export class ExcelAdapter implements WorkbookAdapter {
  private readonly run: ExcelRun;

  /** `run` defaults to Excel.run; tests pass the fake's. */
  constructor(run: ExcelRun = defaultRun) {
    this.run = run;
  }

  /**
   * Writes the plan in two syncs: (1) read the sheet and name lists; (2) with calculation and screen
   * updating suspended, park and delete the sheets being replaced, add the new ones, queue every sheet's
   * cells, formats, layout, tables, validation, conditional formats, print setup and protection, and the
   * defined names. A plan Excel would refuse is rejected before anything is touched.
   */
  async writePlan(plan: WorkbookPlan): Promise<void> {
    assertWritablePlan(plan);
    try {
      await this.run(async (context) => {
        const workbook = context.workbook;
        const worksheets = workbook.worksheets;
        worksheets.load("items/name,items/position");
        workbook.names.load("items/name");
        await context.sync();

        context.application.suspendApiCalculationUntilNextSync();
        context.application.suspendScreenUpdatingUntilNextSync();
        const existing = worksheets.items;
        const existingNames = workbook.names.items;
        const taken = new Set(existing.map((sheet) => sheet.name.toLowerCase()));
        for (const sheet of plan.sheets) taken.add(sheet.name.toLowerCase());
        // Park the old sheet under a free name, add its successor, then delete it: Excel refuses to delete
        // a workbook's last sheet, and two sheets cannot share a name even for a moment.
        const planIndex = new Map(plan.sheets.map((sheet, index) => [sheet.name.toLowerCase(), index]));
        const retired = existing
          .filter((sheet) => planIndex.has(sheet.name.toLowerCase()))
          .map((sheet) => ({ sheet, position: sheet.position, index: planIndex.get(sheet.name.toLowerCase()) ?? 0 }));
        for (const { sheet } of retired) sheet.name = parkingName(taken);
        const added = plan.sheets.map((sheet) => worksheets.add(sheet.name));
        for (const { sheet } of retired) sheet.delete();
        // A replacement takes its predecessor's place; moving them in ascending order keeps each move
        // from shifting the ones already placed.
        retired.sort((a, b) => a.position - b.position);
        for (const { position, index } of retired) added[index].position = position;
        const renaming = new Set(plan.names.map((name) => name.name.toLowerCase()));
        for (const name of existingNames.filter((item) => renaming.has(item.name.toLowerCase()))) name.delete();

        plan.sheets.forEach((sheet, index) => queueSheetPlan(added[index], sheet));
        const bySheet = new Map(plan.sheets.map((sheet, index) => [sheet.name.toLowerCase(), added[index]]));
        for (const name of plan.names) {
          const ref = splitRef(name.ref);
          const target = ref
            ? (bySheet.get(ref.sheet.toLowerCase()) ?? worksheets.getItem(ref.sheet)).getRange(ref.address)
            : `=${name.ref}`;
          workbook.names.add(name.name, target, name.comment);
        }
        await context.sync();
      });
    } catch (error) {
      throw new ExcelError(excelMessages.writeFailed, error);
    }
  }

  /** Reads every sheet's used range (values, formulas, number formats, error values) and the names, in two syncs. */
  async readSnapshot(): Promise<WorkbookSnapshot> {
    try {
      return await this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        const names = context.workbook.names;
        worksheets.load("items/name");
        names.load("items/name,items/formula,items/visible");
        await context.sync();

        const used = worksheets.items.map((sheet) => {
          const range = sheet.getUsedRangeOrNullObject(true);
          range.load("rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat,valueTypes");
          return range;
        });
        await context.sync();

        const visibleNames = names.items.filter((item) => item.visible);
        return {
          sheets: worksheets.items.map((sheet, index) => sheetSnapshot(sheet.name, used[index])),
          names: Object.fromEntries(visibleNames.map((item) => [item.name, normalizeRef(String(item.formula))])),
        };
      });
    } catch (error) {
      throw new ExcelError(excelMessages.readFailed, error);
    }
  }

  /** Reads the workbook back in the plan's shape (see describeWorkbook), in three syncs. */
  async describe(): Promise<WorkbookPlan> {
    try {
      return await this.run(describeWorkbook);
    } catch (error) {
      throw new ExcelError(excelMessages.readFailed, error);
    }
  }
}
