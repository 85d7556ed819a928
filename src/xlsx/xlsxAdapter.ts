/**
 * The .xlsx workbook adapter: the WorkbookAdapter contract over an exceljs Workbook, for the CLI and for
 * consolidating the files units send back. exceljs does the bulk of the work; a patch pass on the saved
 * archive adds what exceljs cannot write (applyXlsxExtras) and a pass before loading rewrites what it
 * misreads (prepareForExceljs).
 *
 * Limits, all covered by tests or stated here:
 * - text longer than 32,767 characters is cut and C0 control characters (other than tab and line
 *   breaks) are removed, each with a warning (`warnings`, or `onWarning` of writePlanToXlsx);
 * - a table's header cells are written as text, as Excel requires;
 * - protection passwords cannot be read back (describe leaves them out); hashing one takes Excel's
 *   100,000 SHA-512 rounds, about a second per protected sheet;
 * - data bars are plain Excel 2007 bars (no negative-bar or solid-fill extensions);
 * - charts, pivot tables, images in loaded files, sheet-scoped names and names that are not ranges
 *   (constants, formulas, whole columns like $A:$A) do not survive exceljs loading and saving;
 * - a formula whose cached result is "" reads as null (exceljs cannot tell it from "not calculated").
 */
import { Workbook } from "exceljs";
import type { Message } from "../core/messages/message";
import { assertWritablePlan } from "../core/workbook/planProblems";
import type { WorkbookAdapter } from "../core/workbook/workbookAdapter";
import type { WorkbookPlan } from "../core/workbook/workbookPlan";
import type { WorkbookSnapshot } from "../core/workbook/workbookSnapshot";
import { applyXlsxExtras } from "./applyXlsxExtras";
import { describeWorkbook, FORMAT_VERSION_PREFIX } from "./describeWorkbook";
import { prepareForExceljs } from "./prepareForExceljs";
import { readWorkbookSnapshot } from "./readWorkbookSnapshot";
import { emptyXlsxExtras, readXlsxExtras, type XlsxExtras } from "./readXlsxExtras";
import { worksheetInternals } from "./worksheetInternals";
import { writeSheetPlan } from "./writeSheetPlan";
import { ZipArchive } from "./zipArchive";

function extrasOf(bytes: Uint8Array): XlsxExtras {
  try {
    return readXlsxExtras(ZipArchive.read(bytes));
  } catch {
    // exceljs could read the file and we could not: lose only the extras, not the workbook.
    return emptyXlsxExtras();
  }
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  const prepared = prepareForExceljs(bytes);
  await wb.xlsx.load(Buffer.from(prepared.buffer, prepared.byteOffset, prepared.byteLength) as never);
  // A table without <tableStyleInfo> (LibreOffice writes them) loads with a null style, on which exceljs
  // crashes when it saves: give it an empty one, which saves as "no table style".
  for (const ws of wb.worksheets) {
    for (const entry of Object.values(worksheetInternals(ws).tables)) {
      const model = entry.model ?? entry.table;
      if (model && (model.style === null || model.style === undefined)) model.style = {};
    }
  }
  return wb;
}

/** A workbook held in memory as an exceljs Workbook, written and read through the WorkbookPlan contract. */
export class XlsxAdapter implements WorkbookAdapter {
  private readonly wb: Workbook;
  private readonly extras: XlsxExtras;
  private readonly warningList: Message[] = [];

  /** An empty workbook, or one exceljs already holds. */
  constructor(workbook?: Workbook, extras?: XlsxExtras) {
    this.wb = workbook ?? new Workbook();
    this.extras = extras ?? emptyXlsxExtras();
    // Formulas are written without cached results: make Excel compute them all when the file opens.
    this.wb.calcProperties = { ...this.wb.calcProperties, fullCalcOnLoad: true };
  }

  /** Opens .xlsx bytes. Throws whatever exceljs throws on a bad file: use openXlsx for untrusted input. */
  static async fromBuffer(bytes: Uint8Array): Promise<XlsxAdapter> {
    return new XlsxAdapter(await loadWorkbook(bytes), extrasOf(bytes));
  }

  /** The exceljs workbook, for code in src/xlsx that needs more than the contract. */
  get workbook(): Workbook {
    return this.wb;
  }

  /** What writes had to change (text cut to Excel's cell limit, control characters removed), in order. */
  get warnings(): readonly Message[] {
    return this.warningList;
  }

  /**
   * Writes the plan's sheets (a sheet of the same name, compared without case, is replaced in place,
   * keeping its position; new sheets are appended in plan order), then its names (replacing names of
   * the same name) and its format version. Throws InvalidPlanError before touching anything if the
   * plan has problems Excel would reject.
   */
  async writePlan(plan: WorkbookPlan): Promise<void> {
    assertWritablePlan(plan);
    const tableNames = new Set<string>();
    for (const ws of this.wb.worksheets) {
      if (plan.sheets.some((s) => s.name.toLowerCase() === ws.name.toLowerCase())) continue;
      for (const name of Object.keys(worksheetInternals(ws).tables)) tableNames.add(name.toLowerCase());
    }
    for (const sheet of plan.sheets) {
      const existing = this.wb.worksheets.find((ws) => ws.name.toLowerCase() === sheet.name.toLowerCase());
      let orderNo: number | undefined;
      if (existing) {
        orderNo = worksheetInternals(existing).orderNo;
        this.extras.stopIfTrue.delete(existing.name);
        this.wb.removeWorksheet(existing.id);
      }
      const ws = this.wb.addWorksheet(sheet.name);
      if (orderNo !== undefined) worksheetInternals(ws).orderNo = orderNo;
      const result = await writeSheetPlan(ws, sheet, tableNames);
      if (result.stopIfTrue.size > 0) this.extras.stopIfTrue.set(sheet.name, result.stopIfTrue);
      this.warningList.push(...result.warnings);
    }
    this.writeNames(plan);
    this.wb.category = `${FORMAT_VERSION_PREFIX}${plan.formatVersion}`;
  }

  private writeNames(plan: WorkbookPlan): void {
    if (plan.names.length === 0) return;
    const replaced = new Set(plan.names.map((n) => n.name.toLowerCase()));
    const names = this.wb.definedNames;
    names.model = names.model.filter((n) => !replaced.has(n.name.toLowerCase()));
    for (const key of [...this.extras.nameComments.keys()]) {
      if (replaced.has(key.toLowerCase())) this.extras.nameComments.delete(key);
    }
    for (const n of plan.names) {
      names.add(n.ref, n.name);
      if (n.comment !== undefined && n.comment !== "") this.extras.nameComments.set(n.name, n.comment);
    }
  }

  /** Every sheet as dense rows (values as stored or last calculated) and the workbook-scope names. */
  async readSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshot(this.wb);
  }

  /** What the saved file holds, in normalised WorkbookPlan shape: it saves and re-reads the workbook. */
  async describe(): Promise<WorkbookPlan> {
    const bytes = await this.toBuffer();
    return describeWorkbook(await loadWorkbook(bytes), extrasOf(bytes));
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Buffer> {
    // exceljs declares its own Buffer type; at run time Node gets a Buffer, a browser an ArrayBuffer.
    const raw: unknown = await this.wb.xlsx.writeBuffer();
    return applyXlsxExtras(raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer), this.extras);
  }
}

/**
 * Writes a plan into a new workbook and returns the .xlsx bytes; `onWarning` hears about every change
 * the writer had to make to the plan's text.
 */
export async function writePlanToXlsx(plan: WorkbookPlan, onWarning?: (warning: Message) => void): Promise<Buffer> {
  const adapter = new XlsxAdapter();
  await adapter.writePlan(plan);
  if (onWarning) adapter.warnings.forEach(onWarning);
  return adapter.toBuffer();
}
