// The fake Excel host for tests (jest and the e2e page). See README.md.
export { createFakeExcel, FakeExcel } from "./createFakeExcel";
export type { FakeExcelNamespace, FakeExcelOptions, FakeOfficeExtensionNamespace } from "./createFakeExcel";
export { installFakeExcel } from "./installFakeExcel";
export type { InstalledFakeExcel } from "./installFakeExcel";
export { FakeOffice } from "./fakeOffice";
export type { FakeOfficeNamespace, FakeOfficeOptions } from "./fakeOffice";
export { FakeOfficeError } from "./fakeOfficeError";
export { FakeStats } from "./fakeStats";
export type { OperationLogEntry } from "./fakeStats";
export { FakeWorkbookState } from "./workbookState";
export type { NamedItemSnapshot, SheetSeed, TableSnapshot, WorkbookSeed } from "./workbookState";
export { FakeSheetState } from "./sheetState";
export type { CellSnapshot, CellValue, SeedCell } from "./sheetState";
export type { CellFormat } from "./cellFormat";
export { columnIndexToLetters, columnLettersToIndex, formatAddress, parseAddress } from "./address";
