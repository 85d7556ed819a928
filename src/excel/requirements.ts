/**
 * The minimum ExcelApi requirement set the add-in needs. manifest.xml names the same set in
 * <Requirements>, and the task pane checks it at run time with Office.context.requirements.isSetSupported.
 *
 * Why 1.9: conditional formats (1.6), freeze panes and selection events (1.7), data validation (1.8),
 * page layout / print setup and suspendScreenUpdatingUntilNextSync (1.9).
 */
export const REQUIRED_EXCEL_API = { name: "ExcelApi", version: "1.9" } as const;
