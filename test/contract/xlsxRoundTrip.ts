/** The exceljs adapter behind a save-and-reopen on every write, for the contract and cross-adapter tests. */
import type { WorkbookAdapter } from "../../src/core/workbook/workbookAdapter";
import type { WorkbookPlan } from "../../src/core/workbook/workbookPlan";
import type { WorkbookSnapshot } from "../../src/core/workbook/workbookSnapshot";
import { XlsxAdapter } from "../../src/xlsx/xlsxAdapter";

/**
 * The exceljs adapter as a user meets it: every write is saved to .xlsx bytes and the workbook is opened
 * again from them, so whatever the file cannot carry is lost before anything is read back.
 */
export class XlsxRoundTrip implements WorkbookAdapter {
  private current = new XlsxAdapter();

  async writePlan(plan: WorkbookPlan): Promise<void> {
    await this.current.writePlan(plan);
    this.current = await XlsxAdapter.fromBuffer(await this.current.toBuffer());
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.current.readSnapshot();
  }

  describe(): Promise<WorkbookPlan> {
    return this.current.describe();
  }
}
