import { buildWorkbookPlan, type WorkbookOptions } from "./buildWorkbookPlan";
import { SHEET } from "./layout";
import { reloadEntries, type ReloadReport } from "./reloadEntries";
import type { WorkbookAdapter } from "./workbookAdapter";

export interface CreateWorkbookResult {
  /** True when the workbook already had tracking sheets, whose entries were carried over. */
  reloaded: boolean;
  report: ReloadReport;
  activities: number;
  targets: number;
}

/**
 * Loads a framework into a workbook through any adapter: builds the plan, carries over every entry
 * already in the workbook (matched by Mã, orphans kept in `Mục đã bỏ`), protects the entry sheets with
 * the optional password, and writes it. This is the task pane's "Tạo sổ theo dõi" without any Office code.
 */
export async function createTrackingWorkbook(
  adapter: WorkbookAdapter,
  options: WorkbookOptions & { password?: string },
): Promise<CreateWorkbookResult> {
  const built = buildWorkbookPlan(options);
  if (options.password) {
    for (const sheet of built.sheets)
      if (sheet.protection) sheet.protection = { ...sheet.protection, password: options.password };
  }
  const existing = await adapter.readSnapshot();
  const reloaded = existing.sheets.some((s) => s.name === SHEET.activities || s.name === SHEET.targets);
  const { plan, report } = reloaded
    ? reloadEntries(existing, built)
    : {
        plan: built,
        report: {
          added: built.index.activityRows.size + built.index.targetRows.size,
          kept: 0,
          removed: 0,
          removedIds: [],
        },
      };
  await adapter.writePlan(plan);
  return { reloaded, report, activities: built.index.activityRows.size, targets: built.index.targetRows.size };
}
