/**
 * The in-memory workbook adapter: keeps the written plans as the workbook and derives snapshots from
 * them. It is the reference the contract suite holds the Office JS and exceljs adapters to, and a
 * stand-in for a workbook in core and UI tests.
 */
import { assertWritablePlan } from "./planProblems";
import { planToSnapshot } from "./planToSnapshot";
import type { WorkbookAdapter } from "./workbookAdapter";
import type { DefinedNamePlan, SheetPlan, WorkbookPlan } from "./workbookPlan";
import type { WorkbookSnapshot } from "./workbookSnapshot";

/**
 * A deep copy keeps the stored workbook safe from a caller mutating its plan later. Plans are JSON data
 * (planProblems rejects non-finite numbers), and JSON works in every test environment, jsdom included.
 */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A workbook held in memory with the same replace-by-name semantics as the real writers. */
export class MemoryAdapter implements WorkbookAdapter {
  private sheets: SheetPlan[];
  private names: DefinedNamePlan[];
  private formatVersion: string;

  /** Starts from an existing workbook (e.g. sheets the user added) or an empty one. */
  constructor(initial?: WorkbookPlan) {
    this.sheets = copy(initial?.sheets ?? []);
    this.names = copy(initial?.names ?? []);
    this.formatVersion = initial?.formatVersion ?? "";
  }

  /**
   * Replaces a sheet of the same name (Excel compares sheet names without case) in place, keeping its
   * position, and appends new sheets in plan order, as the Office JS and .xlsx writers do; names likewise.
   */
  async writePlan(plan: WorkbookPlan): Promise<void> {
    assertWritablePlan(plan);
    const incoming = new Map(copy(plan.sheets).map((sheet) => [sheet.name.toLowerCase(), sheet]));
    const kept = this.sheets.map((sheet) => {
      const replacement = incoming.get(sheet.name.toLowerCase());
      if (replacement) incoming.delete(sheet.name.toLowerCase());
      return replacement ?? sheet;
    });
    this.sheets = [...kept, ...incoming.values()];
    const renamed = new Set(plan.names.map((name) => name.name.toLowerCase()));
    this.names = [...this.names.filter((name) => !renamed.has(name.name.toLowerCase())), ...copy(plan.names)];
    this.formatVersion = plan.formatVersion;
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return planToSnapshot(await this.describe());
  }

  async describe(): Promise<WorkbookPlan> {
    return { formatVersion: this.formatVersion, sheets: copy(this.sheets), names: copy(this.names) };
  }
}
