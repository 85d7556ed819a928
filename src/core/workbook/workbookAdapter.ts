import type { WorkbookPlan } from "./workbookPlan";
import type { WorkbookSnapshot } from "./workbookSnapshot";

/**
 * What every workbook adapter does, whatever it writes to: the open workbook through Office JS
 * (src/excel), an .xlsx file through exceljs (src/xlsx), or memory (tests). One contract test suite
 * runs against all of them.
 */
export interface WorkbookAdapter {
  /** Writes the plan's sheets and names, replacing sheets of the same name. */
  writePlan(plan: WorkbookPlan): Promise<void>;
  /** Reads the whole workbook back, values as stored or last calculated. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Reads back everything the plan can describe (cells, styles, validation, conditional formats,
   * names, protection, print setup…) in the plan's own shape, normalised, so the contract tests
   * can compare adapters cell by cell. Sheets are described in workbook order.
   */
  describe(): Promise<WorkbookPlan>;
}
