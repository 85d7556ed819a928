/**
 * A validation finding: one problem in one cell (or sheet) of a tracking workbook, with a stable code
 * that tools match on, a severity fixed by the code, and a bilingual message naming the sheet and cell.
 */
import type { Message } from "../messages/message";

export type Severity = "error" | "warning";

/**
 * Every finding code and its severity. Codes are part of the CLI's JSON and the task pane's contract:
 * they never change meaning. `error` means the workbook shows a wrong or no result until the entry is
 * corrected; `warning` means the entry was read (and says how) but deserves a look.
 */
export const FINDING_CODES = {
  // Figures on `Chỉ tiêu`
  "number.text": "warning",
  "number.notNumber": "error",
  "number.negative": "error",
  "percent.over100": "error",
  "percent.fraction": "warning",
  "percent.formatted": "error",
  "ratio.doneOverTotal": "error",
  "ratio.zeroTotal": "error",
  "ratio.totalIgnored": "warning",
  "target.notApplicableMark": "warning",
  "target.notApplicableWithFigure": "warning",
  "target.kindInvalid": "warning",
  // Any entry cell
  "cell.errorValue": "error",
  "entry.formula": "warning",
  // Activities and dates on `Khung nhiệm vụ`
  "activity.stateInvalid": "error",
  "activity.doneWithoutDate": "error",
  "activity.doneWithoutEvidence": "warning",
  "activity.dateAfterAsOf": "warning",
  "activity.dateBeforeYear": "warning",
  "activity.dateWithoutDone": "warning",
  "date.text": "warning",
  "date.notDate": "error",
  "row.lagNoNote": "warning",
  // Workbook structure
  "structure.sheetMissing": "error",
  "structure.headerMissing": "error",
  "structure.columnMissing": "error",
  "structure.idMissing": "error",
  "structure.idDuplicate": "error",
  "structure.idUnknown": "warning",
  "structure.frameworkEdited": "warning",
  "structure.frameworkValueEdited": "error",
  "structure.formulaRemoved": "error",
  // `Thông tin`
  "info.missing": "error",
  "info.invalid": "error",
  "info.frameworkVersion": "warning",
  "info.frameworkUnknown": "warning",
  "info.formatVersion": "warning",
  // The validator itself failed on this input (a bug): reported, never thrown.
  "internal.error": "error",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** Vietnamese with English; names the sheet and cell, e.g. `Chỉ tiêu!I12`. */
  message: Message;
  /** The sheet's name as found in the workbook; null for a finding about the whole file. */
  sheet: string | null;
  /** A1 address on that sheet; null for a whole sheet or a row that is missing. */
  cell: string | null;
  /** The framework item (activity or target ID) concerned, when there is one. */
  id: string | null;
}

/** A finding of the given code; its severity comes from FINDING_CODES so that a code never changes severity. */
export function finding(
  code: FindingCode,
  message: Message,
  sheet: string | null,
  cell: string | null,
  id: string | null,
): Finding {
  return { severity: FINDING_CODES[code], code, message, sheet, cell, id };
}
